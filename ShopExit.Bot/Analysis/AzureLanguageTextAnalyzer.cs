using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Analysis;

/// <summary>
/// Analyses a message with Azure AI Language's analyze-text REST API (api-version 2023-04-01):
/// language detection, sentiment and PII recognition, the three requests in parallel within
/// <see cref="AzureLanguageOptions.Timeout"/>. Whatever Azure does not answer in time or answers
/// wrongly (timeout, non-2xx, malformed JSON, a refused document) is taken from
/// <see cref="LocalTextAnalyzer"/> with a warning; the caller never sees the failure.
/// </summary>
/// <remarks>
/// Urgency always comes from the local lexicon (Azure has none). Personal data is Azure's entities
/// plus the local ones they do not overlap: the masker is a privacy control, and the local rules
/// know mainland formats (ID check digits, 138 1234 5678) a general model may miss.
/// Cancelling <c>cancellationToken</c> is the caller giving up, and throws as usual.
/// </remarks>
public sealed class AzureLanguageTextAnalyzer(
    HttpClient http,
    IOptions<AnalysisOptions> options,
    LocalTextAnalyzer local,
    TimeProvider time,
    ILogger<AzureLanguageTextAnalyzer> logger) : ITextAnalyzer
{
    /// <summary>The API version this adapter speaks.</summary>
    public const string ApiVersion = "2023-04-01";

    private const string SubscriptionKeyHeader = "Ocp-Apim-Subscription-Key";

    // The synchronous API refuses documents over 5,120 text elements; longer text is not worth a
    // round trip that will fail, and is analysed locally.
    private const int MaxDocumentLength = 5_000;

    /// <inheritdoc />
    public async Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var fallback = local.Analyze(text);
        var azure = options.Value.Azure;
        if (!azure.IsConfigured || string.IsNullOrWhiteSpace(text) || text.Length > MaxDocumentLength)
        {
            return fallback;
        }

        var uri = new Uri(azure.Endpoint!.AbsoluteUri.TrimEnd('/') + "/language/:analyze-text?api-version=" + ApiVersion);
        var hint = AzureLanguageJson.ToAzureLanguage(fallback.Language);
        using var timeout = new CancellationTokenSource(azure.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var languageTask = CallAsync(AzureLanguageJson.LanguageDetection, null, AzureLanguageJson.ReadLanguage);
        var sentimentTask = CallAsync(AzureLanguageJson.SentimentAnalysis, hint, AzureLanguageJson.ReadSentiment);
        var piiTask = CallAsync(AzureLanguageJson.PiiEntityRecognition, hint, root => AzureLanguageJson.ReadPii(root, text.Length));
        await Task.WhenAll(languageTask, sentimentTask, piiTask);

        var (language, languageFailure) = await languageTask;
        var (sentiment, sentimentFailure) = await sentimentTask;
        var (pii, piiFailure) = await piiTask;
        string[] failures = [.. new[] { languageFailure, sentimentFailure, piiFailure }.OfType<string>()];
        if (failures.Length > 0)
        {
            // Never the text itself: it is the personal data this component exists to protect.
            logger.LogWarning("Azure AI Language failed ({Failures}); the local analysis stands in for those parts", string.Join("; ", failures));
        }

        return new TextAnalysis(
            language is null ? fallback.Language : AzureLanguageJson.ToBotLanguage(language),
            sentiment is null ? fallback.Sentiment : sentiment with { Urgent = fallback.Sentiment.Urgent },
            pii is null ? fallback.Pii : Merge(pii, fallback.Pii))
        {
            // How much the text says stays the local measure: Azure names a language for a lone "ok" too.
            LanguageClear = fallback.LanguageClear,
        };

        // One task over the message: its result, or why there is none.
        async Task<(T? Value, string? Failure)> CallAsync<T>(string kind, string? languageHint, Func<JsonElement, T> read)
            where T : class
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri)
                {
                    Content = new StringContent(AzureLanguageJson.Request(kind, text, languageHint), Encoding.UTF8, "application/json"),
                };
                request.Headers.Add(SubscriptionKeyHeader, azure.Key);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if (!response.IsSuccessStatusCode)
                {
                    return (null, $"{kind}: HTTP {(int)response.StatusCode}");
                }

                await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
                using var json = await JsonDocument.ParseAsync(body, default, linked.Token);
                return (read(json.RootElement), null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, $"{kind}: no answer within {azure.Timeout}");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Anything Azure or the network does wrong ends in the local answer, by contract.
                return (null, $"{kind}: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    // Azure's entities first (kept apart from each other), then each local entity they do not touch.
    private static List<PiiEntity> Merge(IReadOnlyList<PiiEntity> azure, IReadOnlyList<PiiEntity> local)
    {
        var merged = new List<PiiEntity>();
        foreach (var entity in azure.Concat(local))
        {
            if (!merged.Any(m => entity.Offset < m.End && m.Offset < entity.End))
            {
                merged.Add(entity);
            }
        }

        merged.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return merged;
    }
}
