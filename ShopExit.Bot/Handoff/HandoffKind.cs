using System.Text.Json.Serialization;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff;

/// <summary>Live chat, or a ticket left when nobody could take the conversation.</summary>
[JsonConverter(typeof(WireEnumConverter<HandoffKind>))]
public enum HandoffKind
{
    /// <summary>The merchant waits in the chat for an agent.</summary>
    [JsonStringEnumMemberName("live")]
    Live,

    /// <summary>A message (contact and description) for an agent to follow up later.</summary>
    [JsonStringEnumMemberName("ticket")]
    Ticket,
}
