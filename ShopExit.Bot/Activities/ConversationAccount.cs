using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>Creates an empty reference (for deserialisation).</summary>
    public ConversationAccount()
    {
    }

    /// <summary>Creates a reference to a conversation.</summary>
    public ConversationAccount(string id) => Id = id;

    /// <summary>The conversation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Fields this class does not type, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
