using System.Text.Json.Serialization;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>The answer to starting or resuming a conversation (Direct Line 3.0 <c>Conversation</c>).</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);

/// <summary>A set of activities and the watermark after them.</summary>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);

/// <summary>The id the server gave a posted activity.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);

/// <summary>The optional body of start-conversation and generate-token calls.</summary>
public sealed record StartRequest(
    [property: JsonPropertyName("user")] ChannelAccount? User,
    [property: JsonPropertyName("locale")] string? Locale);
