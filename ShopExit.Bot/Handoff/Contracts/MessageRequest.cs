namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>An agent's message.</summary>
/// <param name="Text">What to send.</param>
public sealed record MessageRequest(string? Text);
