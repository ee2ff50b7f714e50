using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>Buttons under a message; Web Chat shows them only on the last bot message.</summary>
public sealed class SuggestedActions
{
    /// <summary>Who may see them (empty: everyone).</summary>
    [JsonPropertyName("to")]
    public List<string>? To { get; set; }

    /// <summary>The buttons.</summary>
    [JsonPropertyName("actions")]
    public List<CardAction> Actions { get; set; } = [];

    /// <summary>Fields this class does not type, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
