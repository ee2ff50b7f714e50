namespace ShopExit.Knowledge.Matching;

/// <summary>The rule that made a match decision (what <c>faq explain</c> prints, and what the bot reads to choose its reply).</summary>
public enum MatchRule
{
    /// <summary>The best candidate scored clearly above the threshold and the others: answer it.</summary>
    Score,

    /// <summary>Nothing to match (empty, punctuation or emoji only): fallback.</summary>
    Empty,

    /// <summary>The text is exactly one of an entry's phrasings: answer it.</summary>
    Exact,

    /// <summary>The text asks for a human, wherever in the sentence and with typos: answer the escalate entry.</summary>
    HumanRequest,

    /// <summary>Only yes/no, not knowing or filler (没有, 好的, 不知道, ok, 666): fallback; the bot shows its menu.</summary>
    ContentFree,

    /// <summary>
    /// A short text (a few characters, or only grammar words) without the much stronger evidence it
    /// needs: fallback; or, for a bare topic word whose best candidates share a topic (保证金), clarify.
    /// </summary>
    ShortText,

    /// <summary>The out-of-scope entry (a "None intent") scored best: fallback.</summary>
    OutOfScope,

    /// <summary>The best score is below the fallback threshold, or too little of its best phrasing is in the text: fallback.</summary>
    BelowThreshold,

    /// <summary>Two or three candidates are within the clarify margin: clarify.</summary>
    ClarifyMargin,
}
