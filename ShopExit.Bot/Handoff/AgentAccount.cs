


namespace ShopExit.Bot.Handoff;

/// <summary>A support agent's account.</summary>
/// <param name="Username">The login name.</param>
/// <param name="DisplayName">The name merchants see.</param>
/// <param name="Role"><c>agent</c> or <c>supervisor</c>.</param>
/// <param name="PasswordHash">The salted hash (<see cref="PasswordHasher"/>).</param>
/// <param name="Presence"><c>online</c>, <c>away</c> or <c>offline</c>.</param>
/// <param name="LastSeen">The last heartbeat.</param>
public sealed record AgentAccount(string Username, string DisplayName, string Role, string PasswordHash, string Presence, DateTimeOffset? LastSeen);
