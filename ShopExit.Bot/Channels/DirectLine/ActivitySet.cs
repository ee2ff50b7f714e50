using System.Text.Json.Serialization;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>A set of activities and the watermark after them (a GET's answer, every stream frame).</summary>
/// <param name="Activities">The activities, oldest first.</param>
/// <param name="Watermark">Where to continue from.</param>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);
