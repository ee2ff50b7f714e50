namespace ShopExit.Bot.Analysis;

/// <summary>
/// Analyses a message on this machine, with no network: the language by script
/// (<see cref="LanguageDetector"/>), the tone by lexicon (<see cref="SentimentLexicon"/>), personal
/// data by format and check digit (<see cref="PiiDetector"/>). Fast enough for every message
/// (microseconds), and the answer <see cref="AzureLanguageTextAnalyzer"/> falls back to.
/// </summary>
public sealed class LocalTextAnalyzer : ITextAnalyzer
{
    /// <inheritdoc />
    public Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze(text));
    }

    /// <summary>The same analysis, synchronously (it never waits on anything).</summary>
    public TextAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = LanguageDetector.Evidence(text);
        return new TextAnalysis(language.Language, SentimentScorer.Score(text), PiiDetector.Find(text)) { LanguageClear = language.Clear };
    }
}
