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

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Chinese stays readable in stored JSON; the HTML-sensitive characters are still escaped.
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        };
        options.Converters.Add(new UtcTimestampConverter());
        return options;
    }
}
