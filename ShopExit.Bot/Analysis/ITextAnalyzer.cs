namespace ShopExit.Bot.Analysis;

/// <summary>
/// Reads one merchant message: its language, how the merchant feels (and whether it is urgent),
/// and where personal data sits in it. <see cref="LocalTextAnalyzer"/> answers without a network;
/// <see cref="AzureLanguageTextAnalyzer"/> asks Azure AI Language and falls back to the local answer.
/// </summary>
public interface ITextAnalyzer
{
    /// <summary>Analyses <paramref name="text"/>. Never fails because a remote service did.</summary>
    /// <param name="text">The message as the merchant typed it; offsets in the result point into it.</param>
    /// <param name="cancellationToken">Cancels the analysis (the caller gave up, not a failure).</param>
    Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken);
}
