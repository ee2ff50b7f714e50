using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>One candidate entry with every part of its score (<c>faq explain</c>).</summary>
/// <param name="Entry">The entry.</param>
/// <param name="BestPhrasing">Its phrasing that matched best.</param>
/// <param name="Phrasing">Similarity of the message and that phrasing (0..1).</param>
/// <param name="Coverage">Share of the message's weight its phrasings cover together (0..1).</param>
/// <param name="Bm25">BM25 of the message against all its phrasings as one document (0..1).</param>
/// <param name="Score">The blend the decision uses.</param>
/// <param name="PhrasingCovered">Share of the best phrasing's own weight found in the message (0..1).</param>
public sealed record ExplainedCandidate(FaqEntry Entry, string BestPhrasing, double Phrasing, double Coverage, double Bm25, double Score, double PhrasingCovered);
