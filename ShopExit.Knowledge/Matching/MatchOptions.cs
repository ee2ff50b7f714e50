namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The matcher's weights and thresholds. The defaults were chosen with a grid search on the
/// public evaluation set only (tests/ShopExit.Knowledge.Tests/Eval/public-cases.tsv, 2026-12: the
/// entry parts, the query coverage bias, the query weight cap, the out-of-scope example scale, the
/// short-text minimum, the phrasing-share floor, the threshold and the clarify margin together),
/// each set in the middle of the range that scored best, and checked on the held-out and short
/// sets, which the search never chose by. Change them only with <c>faq eval</c> on all three at hand.
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
    public int MaxUnknownTerms { get; init; } = 6;

    /// <summary>
    /// How much the score cares about covering the query (1) versus covering the phrasing (0).
    /// </summary>
    public double QueryCoverageBias { get; init; } = 0.65;

    /// <summary>
    /// The weight of a message counts at most this many times the weight of an average phrasing.
    /// A long message with context (我上个月把店关了，然后…) has many words no single item needs;
    /// past this, more of them no longer dilute the evidence it has for one item.
    /// </summary>
    public double QueryWeightCap { get; init; } = 1.5;

    /// <summary>Function words (怎么, 的, how, my) count this much of their weight.</summary>
    public double FunctionWordWeight { get; init; } = 0.3;

    /// <summary>
    /// Share of an entry's score that comes from how much of the query all its phrasings together
    /// cover. Long messages with context rarely match one phrasing well, but their topic words are
    /// spread over the right entry's phrasings. The rest of the score, after this and
    /// <see cref="EntryBm25Weight"/>, is the best single phrasing's similarity.
    /// </summary>
    public double EntryCoverageWeight { get; init; } = 0.4;

    /// <summary>
    /// Share of an entry's score that comes from BM25 over the entry as one document (all its
    /// phrasings together, normalised to 0..1 by the query's weight): a term many phrasings of the
    /// entry share counts more than one a single phrasing has, and an entry with many phrasings
    /// gains less from each term by chance.
    /// </summary>
    public double EntryBm25Weight { get; init; } = 0.4;

    /// <summary>BM25's term-frequency saturation for the entry document.</summary>
    public double Bm25K1 { get; init; } = 1.2;

    /// <summary>BM25's length normalisation for the entry document (0: none, 1: full).</summary>
    public double Bm25B { get; init; } = 0.3;

    /// <summary>
    /// A short text (besides grammar words 1–3 Chinese characters or one or two Latin words, see
    /// <c>TextShape</c>) that is no exact phrasing answers only when its best candidate's
    /// phrasing similarity (not the blended score, whose coverage parts are near 1 for any one-term
    /// text) is at least this: 急 or help says too little to pick one item, and a wrong confident
    /// answer is worse than asking the merchant to say more. Below it, a bare topic word whose best
    /// candidates share a topic (保证金, 退款) clarifies among them; anything else falls back.
    /// </summary>
    public double ShortTextMinimum { get; init; } = 0.7;

    /// <summary>
    /// A short text below <see cref="ShortTextMinimum"/> clarifies among a topic only when its best
    /// phrasing similarity is at least this: a topic word (退款, 注销吧) is close to its topic's
    /// phrasings, a text that only shares a word with two of them (怎么联系你们) is not.
    /// </summary>
    public double ShortTextTopicMinimum { get; init; } = 0.35;

    /// <summary>
    /// The best candidate's best phrasing must be at least this much (by weight) in the message:
    /// evidence scattered over many phrasings, a word of each, is no answer.
    /// </summary>
    public double MinPhrasingCovered { get; init; } = 0.2;

    /// <summary>
    /// The escalate entry wins by score (a complaint, 我要投诉你们的服务) only when its best
    /// phrasing similarity is at least this; requests for a person are found by the human-request
    /// detector before scoring, and a message that merely mentions an agent asks for nobody.
    /// </summary>
    public double EscalateMinimum { get; init; } = 0.5;

    /// <summary>
    /// The out-of-scope examples are unrelated questions, not paraphrases of one, so each is scored
    /// as an entry of its own and the best counts (together they would cover much of any long
    /// message). One example cannot gather coverage from siblings the way an item's phrasings do;
    /// its score is scaled by this to weigh like an item's.
    /// </summary>
    public double OutOfScopeExampleScale { get; init; } = 1.45;

    /// <summary>Below this best score the decision is fallback.</summary>
    public double FallbackBelow { get; init; } = 0.26;

    /// <summary>
    /// Candidates within this distance of the best one make the decision clarify: only a near
    /// tie, since the entry parts already separate look-alikes that share most words.
    /// </summary>
    public double ClarifyMargin { get; init; } = 0.005;

    /// <summary>At most this many choices in a clarify question.</summary>
    public int MaxClarifyChoices { get; init; } = 3;

    /// <summary>How many ranked candidates a result keeps.</summary>
    public int MaxCandidates { get; init; } = 5;
}
