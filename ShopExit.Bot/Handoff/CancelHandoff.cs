namespace ShopExit.Bot.Handoff;

/// <summary>The merchant went back to the bot while waiting.</summary>
public sealed record CancelHandoff;
