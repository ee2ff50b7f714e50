namespace ShopExit.Knowledge.Matching;

/// <summary>One entry's score and the parts it is made of (what <c>faq explain</c> shows).</summary>
/// <param name="Entry">The entry's index.</param>
/// <param name="BestDocument">The phrasing that matched best.</param>
/// <param name="Phrasing">The IDF-weighted Dice similarity of the message and that phrasing (0..1).</param>
/// <param name="Coverage">Share of the message's weight found anywhere in the entry's phrasings (0..1).</param>
/// <param name="Bm25">BM25 of the message against the entry as one document, normalised to 0..1.</param>
/// <param name="Score">The blend of the three the decision uses.</param>
/// <param name="PhrasingCovered">Share of the best phrasing's own weight the message has.</param>
internal readonly record struct EntryScore(int Entry, int BestDocument, float Phrasing, float Coverage, float Bm25, float Score, float PhrasingCovered);
