namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>An activity as agents see it (<see cref="AgentView"/>).</summary>
/// <param name="Id">The activity's id (what a reveal names).</param>
/// <param name="Type">The activity type (<c>message</c>).</param>
/// <param name="Timestamp">When it was stored (UTC).</param>
/// <param name="From">Who wrote it.</param>
/// <param name="Text">The text, with PII masked.</param>
/// <param name="Pii">The PII found in it, masked, by category.</param>
public sealed record AgentActivity(string? Id, string? Type, DateTimeOffset? Timestamp, AgentActivitySender From, string Text, IReadOnlyList<MaskedPii> Pii);
