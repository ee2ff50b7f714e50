namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The matcher's weights and thresholds. The defaults were chosen with a grid search on the
/// public evaluation set and checked on the held-out set (tests/ShopExit.Knowledge.Tests/Eval),
/// which the search never saw; change them only with <c>faq eval</c> on both at hand.
/// </summary>
public sealed record MatchOptions
{
    /// <summary>A single Chinese character says less than a bigram or a word.</summary>
    public double UnigramWeight { get; init; } = 0.5;

    /// <summary>
    /// A query term no phrasing has, as a share of the rarest known term's weight. Words the FAQ
    /// has never seen make a query less likely to be about the FAQ: this is what sends the weather
    /// or a poem to fallback.
    /// </summary>
    public double UnknownTermFactor { get; init; } = 0.5;

    /// <summary>
    /// At most this many unknown terms count against a query. A few unknown words mark an
    /// off-topic question; a long message full of context (我上个月把店关了，然后…) should not be
    /// punished for every extra word it has.
    /// </summary>
    public int MaxUnknownTerms { get; init; } = 4;

    /// <summary>
    /// How much the score cares about covering the query (1) versus covering the phrasing (0).
    /// </summary>
    public double QueryCoverageBias { get; init; } = 0.5;

    /// <summary>Function words (怎么, 的, how, my) count this much of their weight.</summary>
    public double FunctionWordWeight { get; init; } = 0.3;

    /// <summary>
    /// Share of an entry's score that comes from how much of the query all its phrasings together
    /// cover (the rest is its best single phrasing). Long messages with context rarely match one
    /// phrasing well, but their topic words are spread over the right entry's phrasings.
    /// </summary>
    public double EntryCoverageWeight { get; init; } = 0.5;

    /// <summary>Below this best score the decision is fallback.</summary>
    public double FallbackBelow { get; init; } = 0.26;

    /// <summary>Candidates within this distance of the best one make the decision clarify.</summary>
    public double ClarifyMargin { get; init; } = 0.01;

    /// <summary>At most this many choices in a clarify question.</summary>
    public int MaxClarifyChoices { get; init; } = 3;

    /// <summary>How many ranked candidates a result keeps.</summary>
    public int MaxCandidates { get; init; } = 5;
}
