using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>
/// A button. <c>imBack</c> posts <see cref="Value"/> as the user's message; <c>messageBack</c>
/// (what the bot sends) posts <see cref="Text"/> with <see cref="Value"/> attached and shows
/// <see cref="DisplayText"/> as the user's bubble, so a click carries a value that does not depend
/// on the language and can never be misread.
/// </summary>
public sealed class CardAction
{
    /// <summary>The <c>imBack</c> action type.</summary>
    public const string ImBack = "imBack";

    /// <summary>The <c>messageBack</c> action type.</summary>
    public const string MessageBackType = "messageBack";

    /// <summary>imBack, messageBack, postBack, openUrl, ...</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = ImBack;

    /// <summary>The button's label.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The text a <c>messageBack</c> sends as the message.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>What a <c>messageBack</c> shows as the user's message.</summary>
    [JsonPropertyName("displayText")]
    public string? DisplayText { get; set; }

    /// <summary>What the button sends.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    /// <summary>Fields this class does not type, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A button that sends its own title (or <paramref name="value"/>) as the user's message.</summary>
    public static CardAction Button(string title, string? value = null) =>
        new() { Type = ImBack, Title = title, Value = JsonSerializer.SerializeToElement(value ?? title) };

    /// <summary>
    /// A button that shows and sends its title as the user's message, with <paramref name="value"/>
    /// attached to the activity (Web Chat's <c>messageBack</c>).
    /// </summary>
    public static CardAction MessageBack(string title, string value) =>
        new() { Type = MessageBackType, Title = title, Text = title, DisplayText = title, Value = JsonSerializer.SerializeToElement(value) };
}
