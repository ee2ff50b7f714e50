using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>An attachment: a card, a file, or the handoff transcript.</summary>
public sealed class Attachment
{
    /// <summary>The MIME type (<c>application/json</c>, <c>application/vnd.microsoft.card.hero</c>).</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }

    /// <summary>A link to the content.</summary>
    [JsonPropertyName("contentUrl")]
    public string? ContentUrl { get; set; }

    /// <summary>The content itself.</summary>
    [JsonPropertyName("content")]
    public JsonElement? Content { get; set; }

    /// <summary>The attachment's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Fields this class does not type, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
