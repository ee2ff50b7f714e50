namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>A PII reveal.</summary>
/// <param name="ActivityId">The message to show unmasked.</param>
public sealed record RevealRequest(string? ActivityId);
