


namespace ShopExit.Bot.Handoff;

/// <summary>A support agent's account.</summary>
/// <param name="Username">The login name.</param>
/// <param name="DisplayName">The name merchants see.</param>
/// <param name="Role"><c>agent</c> or <c>supervisor</c>.</param>
/// <param name="PasswordHash">The salted hash (<see cref="PasswordHasher"/>).</param>
/// <param name="Presence">What the agent last said (online or away; offline until then).</param>
/// <param name="LastSeen">The last heartbeat.</param>
public sealed record AgentAccount(string Username, string DisplayName, string Role, string PasswordHash, AgentPresence Presence, DateTimeOffset? LastSeen);
