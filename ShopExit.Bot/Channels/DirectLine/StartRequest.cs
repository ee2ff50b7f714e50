using System.Text.Json.Serialization;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>The optional body of start-conversation and generate-token calls.</summary>
/// <param name="User">The merchant (with the secret: the id to use).</param>
/// <param name="Locale">The client's language: the welcome is written in it.</param>
public sealed record StartRequest(
    [property: JsonPropertyName("user")] ChannelAccount? User,
    [property: JsonPropertyName("locale")] string? Locale);
