using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>A participant: the merchant, the bot or an agent.</summary>
public sealed class ChannelAccount
{
    /// <summary>Creates an empty account (for deserialisation).</summary>
    public ChannelAccount()
    {
    }

    /// <summary>Creates an account.</summary>
    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    /// <summary>The participant's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>Fields this class does not type, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
