namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>A transfer.</summary>
/// <param name="To">The username to give the conversation to.</param>
public sealed record TransferRequest(string? To);
