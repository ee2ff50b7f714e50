


namespace ShopExit.Bot.Handoff;

/// <summary>Live chat, or a ticket left when nobody could take the conversation.</summary>
public static class HandoffKind
{
    /// <summary>The merchant waits in the chat for an agent.</summary>
    public const string Live = "live";

    /// <summary>A message (contact and description) for an agent to follow up later.</summary>
    public const string Ticket = "ticket";
}
