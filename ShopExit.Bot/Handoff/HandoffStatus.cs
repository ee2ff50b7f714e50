using System.Text.Json.Serialization;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff;

/// <summary>Where a handoff is. The wire names are what the agent API, the console and the store use.</summary>
[JsonConverter(typeof(WireEnumConverter<HandoffStatus>))]
public enum HandoffStatus
{
    /// <summary>Queued, nobody has it yet.</summary>
    [JsonStringEnumMemberName("waiting")]
    Waiting,

    /// <summary>An agent owns it.</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>The agent resolved it; the bot has the conversation again.</summary>
    [JsonStringEnumMemberName("resolved")]
    Resolved,

    /// <summary>The merchant went back to the bot before anyone took it.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
