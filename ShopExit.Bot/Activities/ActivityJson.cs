using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>
/// How activities are written: camelCase names, nulls left out, UTC times ending in <c>Z</c>
/// (Web Chat reads a time without <c>Z</c> as local time, 8 hours off in Asia/Shanghai).
/// </summary>
public static class ActivityJson
{
    /// <summary>The serializer options for activities and Direct Line bodies.</summary>
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>Applies the activity conventions to other options (the HTTP API's).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Chinese stays readable on the wire and in stored JSON; HTML-sensitive characters are still escaped.
        options.Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        options.Converters.Add(new UtcTimestampConverter());
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        // Read-only from the start, with the reflection resolver, so type metadata can be asked for
        // before the first serialization (the prompts keep theirs, see PromptOptionsState).
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
