namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>One agent's load in the supervisor's statistics.</summary>
/// <param name="Username">The login name.</param>
/// <param name="DisplayName">The name merchants see.</param>
/// <param name="Presence">Online only with a recent heartbeat; otherwise away (as set) or offline.</param>
/// <param name="Active">How many conversations the agent has now.</param>
public sealed record AgentLoad(string Username, string DisplayName, AgentPresence Presence, int Active);
