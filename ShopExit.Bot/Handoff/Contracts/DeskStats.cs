namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>The desk at a glance (<c>GET /api/agent/stats</c>, supervisors only).</summary>
/// <param name="Waiting">Handoffs waiting (live and tickets).</param>
/// <param name="OldestWaitSeconds">The longest wait so far, rounded; 0 with nobody waiting.</param>
/// <param name="AverageWaitSeconds">The average wait so far, rounded; 0 with nobody waiting.</param>
/// <param name="Agents">Every agent's presence and load.</param>
public sealed record DeskStats(int Waiting, double OldestWaitSeconds, double AverageWaitSeconds, IReadOnlyList<AgentLoad> Agents);
