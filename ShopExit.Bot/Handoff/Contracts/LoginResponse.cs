namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>A successful login (<c>POST /api/agent/token</c>).</summary>
/// <param name="Token">The bearer token for every other call and the hub.</param>
/// <param name="ExpiresAt">When the token stops working (log in again).</param>
/// <param name="Username">The login name.</param>
/// <param name="DisplayName">The name merchants see.</param>
/// <param name="Role"><c>agent</c> or <c>supervisor</c>.</param>
public sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt, string Username, string DisplayName, string Role);
