namespace ShopExit.Bot.Analysis;

/// <summary>The <c>Analysis:Azure</c> configuration: where Azure AI Language is and how long to wait for it.</summary>
public sealed class AzureLanguageOptions
{
    /// <summary>The resource endpoint, e.g. <c>https://NAME.cognitiveservices.azure.com</c> (<c>Analysis:Azure:Endpoint</c>).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource key, sent as <c>Ocp-Apim-Subscription-Key</c> (<c>Analysis:Azure:Key</c>).</summary>
    public string? Key { get; set; }

    /// <summary>
    /// How long one analysis may wait for Azure before the local answer is used
    /// (<c>Analysis:Azure:Timeout</c>, default 2 s). The merchant's turn waits this long at worst.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether both endpoint and key are set, so Azure is used.</summary>
    public bool IsConfigured => Endpoint is not null && !string.IsNullOrWhiteSpace(Key);
}
