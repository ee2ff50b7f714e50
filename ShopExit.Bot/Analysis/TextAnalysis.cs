namespace ShopExit.Bot.Analysis;

/// <summary>What <see cref="ITextAnalyzer"/> found in one message.</summary>
/// <param name="Language"><c>zh-CN</c>, <c>en</c>, or null when the text does not tell (or is another language).</param>
/// <param name="Sentiment">How the merchant feels, and whether the message is urgent.</param>
/// <param name="Pii">Personal data in the message, ordered by offset, never overlapping.</param>
public sealed record TextAnalysis(string? Language, SentimentResult Sentiment, IReadOnlyList<PiiEntity> Pii)
{
    /// <summary>
    /// Whether the language is clear enough to switch a conversation's language on its own (see
    /// <see cref="LanguageEvidence.Clear"/>): a lone "ok" is English but says nothing.
    /// </summary>
    public bool LanguageClear { get; init; }
}
