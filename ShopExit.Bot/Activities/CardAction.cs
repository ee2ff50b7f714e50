using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>A button. <c>imBack</c> posts <see cref="Value"/> as the user's message.</summary>
public sealed class CardAction
{
    /// <summary>The <c>imBack</c> action type.</summary>
    public const string ImBack = "imBack";

    /// <summary>imBack, postBack, openUrl, ...</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = ImBack;

    /// <summary>The button's label.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>What the button sends.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    /// <summary>Fields this class does not type, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A button that sends its own title (or <paramref name="value"/>) as the user's message.</summary>
    public static CardAction Button(string title, string? value = null) =>
        new() { Type = ImBack, Title = title, Value = JsonSerializer.SerializeToElement(value ?? title) };
}
