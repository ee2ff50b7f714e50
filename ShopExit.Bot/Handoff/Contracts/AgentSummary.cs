namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>An agent in <c>GET /api/agent/agents</c> (the transfer list).</summary>
/// <param name="Username">The login name.</param>
/// <param name="DisplayName">The name merchants see.</param>
/// <param name="Role"><c>agent</c> or <c>supervisor</c>.</param>
/// <param name="Presence">Online only with a recent heartbeat; otherwise away (as set) or offline.</param>
/// <param name="Active">How many conversations the agent has now.</param>
public sealed record AgentSummary(string Username, string DisplayName, string Role, AgentPresence Presence, int Active);
