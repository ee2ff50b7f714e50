namespace ShopExit.Bot.Analysis;

/// <summary>What <see cref="ITextAnalyzer"/> found in one message.</summary>
/// <param name="Language"><c>zh-CN</c>, <c>en</c>, or null when the text does not tell (or is another language).</param>
/// <param name="Sentiment">How the merchant feels, and whether the message is urgent.</param>
/// <param name="Pii">Personal data in the message, ordered by offset, never overlapping.</param>
public sealed record TextAnalysis(string? Language, SentimentResult Sentiment, IReadOnlyList<PiiEntity> Pii)
{
    /// <summary>
    /// How much of a message language and sentiment read: a chat message shows both long before
    /// this, and a pasted 250 KB text costs what 2,000 characters cost. PII is looked for in the
    /// whole message, in one linear pass, since every part of it may be shown to an agent.
    /// </summary>
    public const int MaxReadLength = 2_000;

    /// <summary>
    /// Whether the language is clear enough to switch a conversation's language on its own (see
    /// <see cref="LanguageEvidence.Clear"/>): a lone "ok" is English but says nothing.
    /// </summary>
    public bool LanguageClear { get; init; }
}
