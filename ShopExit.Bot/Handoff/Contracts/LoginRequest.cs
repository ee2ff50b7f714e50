namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>The login body.</summary>
/// <param name="Username">The agent's username.</param>
/// <param name="Password">The password.</param>
public sealed record LoginRequest(string? Username, string? Password);
