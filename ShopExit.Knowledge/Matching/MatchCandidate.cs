using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>An entry and how well the message matches it (0..1).</summary>
/// <param name="Entry">The FAQ entry.</param>
/// <param name="Score">Similarity in 0..1; 1 is an exact phrasing.</param>
public sealed record MatchCandidate(FaqEntry Entry, double Score);
