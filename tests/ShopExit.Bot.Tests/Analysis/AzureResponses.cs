using System.Globalization;

namespace ShopExit.Bot.Tests.Analysis;

/// <summary>
/// Response bodies in the shapes Azure AI Language documents for analyze-text, api-version 2023-04-01
/// (AnalyzeTextTaskResult: kind, results.documents[], results.errors[], results.modelVersion).
/// </summary>
internal static class AzureResponses
{
    public static string Language(string iso6391Name, string name) => $$$"""
        {"kind":"LanguageDetectionResults","results":{"documents":[{"id":"1","detectedLanguage":{"name":"{{{name}}}","iso6391Name":"{{{iso6391Name}}}","confidenceScore":1.0},"warnings":[]}],"errors":[],"modelVersion":"2022-10-01"}}
        """;

    public static string Sentiment(string sentiment, double positive, double neutral, double negative)
    {
        var scores = "{\"positive\":" + Number(positive) + ",\"neutral\":" + Number(neutral) + ",\"negative\":" + Number(negative) + "}";
        return $$$"""
            {"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"1","sentiment":"{{{sentiment}}}","confidenceScores":{{{scores}}},"sentences":[{"sentiment":"{{{sentiment}}}","confidenceScores":{{{scores}}},"offset":0,"length":5,"text":"hello"}],"warnings":[]}],"errors":[],"modelVersion":"2022-11-01"}}
            """;
    }

    /// <param name="entities">category, offset, length, text</param>
    public static string Pii(params (string Category, int Offset, int Length, string Text)[] entities)
    {
        var list = string.Join(",", entities.Select(e => string.Create(
            CultureInfo.InvariantCulture,
            $$$"""{"text":"{{{e.Text}}}","category":"{{{e.Category}}}","offset":{{{e.Offset}}},"length":{{{e.Length}}},"confidenceScore":0.8}""")));
        return $$$"""
            {"kind":"PiiEntityRecognitionResults","results":{"documents":[{"redactedText":"***","id":"1","entities":[{{{list}}}],"warnings":[]}],"errors":[],"modelVersion":"2021-01-15"}}
            """;
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    public const string DocumentError = """
        {"kind":"SentimentAnalysisResults","results":{"documents":[],"errors":[{"id":"1","error":{"code":"InvalidArgument","message":"Invalid document in request.","innererror":{"code":"InvalidDocument","message":"Document text is empty."}}}],"modelVersion":"2022-11-01"}}
        """;
}
