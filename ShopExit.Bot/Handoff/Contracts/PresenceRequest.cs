namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>The presence body.</summary>
/// <param name="Presence"><c>online</c> or <c>away</c>.</param>
public sealed record PresenceRequest(string? Presence);
