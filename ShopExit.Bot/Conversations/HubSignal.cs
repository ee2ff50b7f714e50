using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>What a conversation's listeners are told: the transcript grew, or someone is typing.</summary>
/// <param name="Typing">A typing activity (not stored), or null when the transcript changed.</param>
public sealed record HubSignal(Activity? Typing)
{
    /// <summary>The transcript grew: read it from the last watermark.</summary>
    public static readonly HubSignal Changed = new((Activity?)null);
}
