using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>
/// A Bot Framework Activity (botframework-activity.md), the one message shape of every channel.
/// Only the fields ShopExit uses are typed; every other field a client sends is kept in
/// <see cref="Extra"/> and written back unchanged, so nothing is lost on a round trip.
/// </summary>
public sealed class Activity
{
    /// <summary>message, typing, event, conversationUpdate, endOfConversation, ... Required on the wire.</summary>
    [JsonPropertyName("type")]
    [JsonRequired]
    public string Type { get; set; } = ActivityTypes.Message;

    /// <summary>The server-assigned id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>UTC time the server received or sent it.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, as the client reports it.</summary>
    [JsonPropertyName("localTimestamp")]
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's time zone (IANA), as the client reports it.</summary>
    [JsonPropertyName("localTimezone")]
    public string? LocalTimezone { get; set; }

    /// <summary>The channel, <c>directline</c> here.</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }

    /// <summary>The service URL (unused by Direct Line clients, kept for compatibility).</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }

    /// <summary>Who sent it.</summary>
    [JsonPropertyName("from")]
    public ChannelAccount? From { get; set; }

    /// <summary>Who it is for.</summary>
    [JsonPropertyName("recipient")]
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation it belongs to.</summary>
    [JsonPropertyName("conversation")]
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary><c>markdown</c> or <c>plain</c>.</summary>
    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; set; }

    /// <summary>The language of the text (zh-CN, en-US).</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary>Attachments (cards, files, the handoff transcript).</summary>
    [JsonPropertyName("attachments")]
    public List<Attachment>? Attachments { get; set; }

    /// <summary>Buttons shown under the last message.</summary>
    [JsonPropertyName("suggestedActions")]
    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>acceptingInput, expectingInput or ignoringInput.</summary>
    [JsonPropertyName("inputHint")]
    public string? InputHint { get; set; }

    /// <summary>The activity this one answers.</summary>
    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; set; }

    /// <summary>Channel-specific data (Web Chat's <c>clientActivityID</c>); kept verbatim.</summary>
    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; set; }

    /// <summary>The event name (<c>handoff.initiate</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The event value.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    /// <summary>Members added, for conversationUpdate.</summary>
    [JsonPropertyName("membersAdded")]
    public List<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members removed, for conversationUpdate.</summary>
    [JsonPropertyName("membersRemoved")]
    public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>Fields this class does not type, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A copy, so one activity can be stored and sent without sharing mutable state.</summary>
    public Activity Clone() => JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(this, ActivityJson.Options), ActivityJson.Options)!;
}
