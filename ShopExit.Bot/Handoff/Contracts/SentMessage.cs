namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>An agent's message, as stored in the merchant's conversation.</summary>
/// <param name="Id">The activity's id.</param>
public sealed record SentMessage(string Id);
