namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>A conversation's messages as agents see them (PII masked).</summary>
/// <param name="Activities">The most recent messages, oldest first.</param>
public sealed record AgentTranscript(IReadOnlyList<AgentActivity> Activities);
