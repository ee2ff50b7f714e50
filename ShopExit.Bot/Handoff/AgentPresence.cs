using System.Text.Json.Serialization;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff;

/// <summary>Whether an agent takes conversations. The wire names are what the agent API, the console and the store use.</summary>
[JsonConverter(typeof(WireEnumConverter<AgentPresence>))]
public enum AgentPresence
{
    /// <summary>At the desk (with a recent heartbeat: see <see cref="AgentAvailability.IsOnline"/>).</summary>
    [JsonStringEnumMemberName("online")]
    Online,

    /// <summary>Logged in, not taking conversations.</summary>
    [JsonStringEnumMemberName("away")]
    Away,

    /// <summary>Not there, or no heartbeat for too long.</summary>
    [JsonStringEnumMemberName("offline")]
    Offline,
}
