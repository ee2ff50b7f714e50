using System.Text.Json.Serialization;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>The answer to starting or resuming a conversation (Direct Line 3.0 <c>Conversation</c>).</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Token">A token that opens only this conversation.</param>
/// <param name="ExpiresIn">Seconds until the token expires (refresh it before).</param>
/// <param name="StreamUrl">The WebSocket to follow the conversation on (not for token calls).</param>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);
