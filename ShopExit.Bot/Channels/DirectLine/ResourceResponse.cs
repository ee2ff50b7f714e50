using System.Text.Json.Serialization;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>The id the server gave a posted activity.</summary>
/// <param name="Id">The activity's id (<c>conversationId|sequence</c>).</param>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);
