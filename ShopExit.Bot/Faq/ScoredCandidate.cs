


namespace ShopExit.Bot.Faq;

/// <summary>An entry id with its match score, as stored with an unanswered question.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Score">The score (0..1).</param>
public sealed record ScoredCandidate(string Id, double Score);
