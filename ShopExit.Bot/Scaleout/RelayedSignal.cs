using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Scaleout;

/// <summary>
/// A hub signal on its way between instances (JSON on the Redis channel). A grown transcript
/// travels as a bare "changed": the listeners read the store from their watermark, which is
/// the same on every instance. A typing activity, never stored, travels whole.
/// </summary>
/// <param name="Instance">The instance that published it (it has delivered it already).</param>
/// <param name="Conversation">The conversation.</param>
/// <param name="Typing">The typing activity, or null when the transcript changed.</param>
public sealed record RelayedSignal(string Instance, string Conversation, Activity? Typing)
{
    /// <summary>The message for the channel.</summary>
    public string Encode() => JsonSerializer.Serialize(this, ActivityJson.Options);

    /// <summary>The signal for this instance's listeners.</summary>
    public HubSignal ToSignal() => Typing is null ? HubSignal.Changed : new HubSignal(Typing);

    /// <summary>The relayed signal in a message, or null when the message is not one.</summary>
    public static RelayedSignal? Decode(string? message)
    {
        try
        {
            return message is null ? null : JsonSerializer.Deserialize<RelayedSignal>(message, ActivityJson.Options) is { Instance: not null, Conversation: not null } signal ? signal : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
