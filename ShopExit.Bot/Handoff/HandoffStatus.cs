


namespace ShopExit.Bot.Handoff;

/// <summary>Where a handoff is (the values the agent API uses).</summary>
public static class HandoffStatus
{
    /// <summary>Queued, nobody has it yet.</summary>
    public const string Waiting = "waiting";

    /// <summary>An agent owns it.</summary>
    public const string Active = "active";

    /// <summary>The agent resolved it; the bot has the conversation again.</summary>
    public const string Resolved = "resolved";

    /// <summary>The merchant went back to the bot before anyone took it.</summary>
    public const string Cancelled = "cancelled";
}
