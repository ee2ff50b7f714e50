namespace ShopExit.Knowledge.Matching;

/// <summary>One term of a message as the matcher weighs it (<c>faq explain</c>).</summary>
/// <param name="Text">The unigram, bigram or (stemmed) word.</param>
/// <param name="Kind"><c>unigram</c>, <c>bigram</c> or <c>word</c>, with <c>, grammar</c> for function words.</param>
/// <param name="Known">Whether any phrasing has it.</param>
/// <param name="Weight">Its weight: IDF over entries scaled by its kind; for an unknown term, what it counts against the message.</param>
/// <param name="Counted">False for an unknown term beyond <see cref="MatchOptions.MaxUnknownTerms"/>.</param>
public sealed record ExplainedTerm(string Text, string Kind, bool Known, double Weight, bool Counted);
