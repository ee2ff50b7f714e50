using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopExit.Bot.Analysis;

/// <summary>
/// The wire format of Azure AI Language's synchronous <c>POST {endpoint}/language/:analyze-text</c>
/// (api-version 2023-04-01): one request body per task kind, and the readers of the documented
/// results (<c>results.documents[]</c>, or <c>results.errors[]</c> for a refused document).
/// </summary>
internal static class AzureLanguageJson
{
    /// <summary>The language detection task.</summary>
    public const string LanguageDetection = "LanguageDetection";

    /// <summary>The sentiment analysis task.</summary>
    public const string SentimentAnalysis = "SentimentAnalysis";

    /// <summary>The PII entity recognition task.</summary>
    public const string PiiEntityRecognition = "PiiEntityRecognition";

    private const string DocumentId = "1";

    /// <summary>The request body of one task over one document.</summary>
    /// <param name="kind">One of the task constants above.</param>
    /// <param name="text">The message.</param>
    /// <param name="language">Azure's language code (<c>zh-hans</c>, <c>en</c>) or null; never sent for language detection.</param>
    public static string Request(string kind, string text, string? language)
    {
        var document = new JsonObject { ["id"] = DocumentId };
        if (language is not null && kind != LanguageDetection)
        {
            document["language"] = language;
        }

        document["text"] = text;

        // Merchants' messages carry personal data: Azure is asked not to keep them for its
        // troubleshooting logs. Offsets are asked for in UTF-16 code units, which is what a C#
        // string index is; the default (text elements) would be off after any emoji. In
        // 2023-04-01 stringIndexType is a task parameter in the body, not a query parameter.
        var parameters = new JsonObject { ["loggingOptOut"] = true };
        if (kind != LanguageDetection)
        {
            parameters["stringIndexType"] = "Utf16CodeUnit";
        }

        var body = new JsonObject
        {
            ["kind"] = kind,
            ["analysisInput"] = new JsonObject { ["documents"] = new JsonArray(document) },
            ["parameters"] = parameters,
        };
        return body.ToJsonString();
    }

    /// <summary>Azure's language code for the bot's (zh-CN → zh-hans), or null to let Azure assume.</summary>
    public static string? ToAzureLanguage(string? language) => language switch
    {
        "zh-CN" => "zh-hans",
        "en" => "en",
        _ => null,
    };

    /// <summary>The bot's language for Azure's <c>iso6391Name</c> (zh, zh_chs, zh_cht → zh-CN; en); null for any other or <c>(Unknown)</c>.</summary>
    public static string? ToBotLanguage(string iso6391Name) =>
        iso6391Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN"
        : string.Equals(iso6391Name, "en", StringComparison.OrdinalIgnoreCase) ? "en"
        : null;

    /// <summary><c>detectedLanguage.iso6391Name</c> of the document.</summary>
    public static string ReadLanguage(JsonElement root) =>
        Document(root).GetProperty("detectedLanguage").GetProperty("iso6391Name").GetString()
        ?? throw new JsonException("detectedLanguage.iso6391Name is null");

    /// <summary>The document's sentiment; the score is <c>positive − negative</c> of its confidence scores.</summary>
    public static SentimentResult ReadSentiment(JsonElement root)
    {
        var document = Document(root);
        var scores = document.GetProperty("confidenceScores");
        var score = Math.Round(Math.Clamp(scores.GetProperty("positive").GetDouble() - scores.GetProperty("negative").GetDouble(), -1, 1), 3);
        var label = document.GetProperty("sentiment").GetString() switch
        {
            "positive" => SentimentLabel.Positive,
            "negative" => SentimentLabel.Negative,
            "neutral" => SentimentLabel.Neutral,

            // "mixed" (praise and complaint in one message) is labelled by where its scores lean.
            _ => SentimentResult.LabelFor(score),
        };

        // Azure has no notion of urgency; the caller fills it in from the local analysis.
        return new SentimentResult(label, score, false);
    }

    /// <summary>
    /// The document's entities in the four categories the bot masks, inside the text and in offset
    /// order; other categories (Person, Address...) and spans outside the text are left out.
    /// </summary>
    public static IReadOnlyList<PiiEntity> ReadPii(JsonElement root, int textLength)
    {
        var entities = new List<PiiEntity>();
        foreach (var entity in Document(root).GetProperty("entities").EnumerateArray())
        {
            var category = entity.GetProperty("category").GetString() switch
            {
                "PhoneNumber" => PiiCategory.PhoneNumber,
                "Email" => PiiCategory.Email,
                "CNResidentIdentityCardNumber" => PiiCategory.IdCardNumber,
                "CreditCardNumber" or "EUDebitCardNumber" => PiiCategory.BankCardNumber,
                _ => (PiiCategory?)null,
            };
            var offset = entity.GetProperty("offset").GetInt32();
            var length = entity.GetProperty("length").GetInt32();
            if (category is { } known && offset >= 0 && length > 0 && offset + length <= textLength)
            {
                entities.Add(new PiiEntity(known, offset, length));
            }
        }

        entities.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return entities;
    }

    // results.documents[id=1]; a refused document (results.errors[]) is a failure with Azure's code.
    private static JsonElement Document(JsonElement root)
    {
        var results = root.GetProperty("results");
        foreach (var document in results.GetProperty("documents").EnumerateArray())
        {
            if (document.GetProperty("id").GetString() == DocumentId)
            {
                return document;
            }
        }

        var code = results.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("error", out var error) && error.TryGetProperty("code", out var c)
            ? c.GetString()
            : null;
        throw new JsonException($"the document was not analysed ({code ?? "no result"})");
    }
}
