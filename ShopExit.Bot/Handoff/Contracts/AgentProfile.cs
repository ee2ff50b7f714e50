namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>The logged-in agent (<c>GET /api/agent/me</c>).</summary>
/// <param name="Username">The login name.</param>
/// <param name="DisplayName">The name merchants see.</param>
/// <param name="Role"><c>agent</c> or <c>supervisor</c>.</param>
/// <param name="Presence">What the agent last set (offline until then).</param>
public sealed record AgentProfile(string Username, string DisplayName, string Role, AgentPresence Presence);
