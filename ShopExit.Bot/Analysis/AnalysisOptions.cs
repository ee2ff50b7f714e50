namespace ShopExit.Bot.Analysis;

/// <summary>The <c>Analysis</c> configuration section.</summary>
public sealed class AnalysisOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Analysis";

    /// <summary>Azure AI Language (<c>Analysis:Azure</c>); unset, messages are analysed locally.</summary>
    public AzureLanguageOptions Azure { get; set; } = new();
}
