using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>What a conversation's listeners are told: the transcript grew, or someone is typing.</summary>
/// <param name="Typing">A typing activity (not stored), or null when the transcript changed.</param>
/// <param name="Appended">
/// What was just stored, with its JSON, when the signal carries it: a listener whose watermark it
/// continues sends it without reading the store; any gap sends the listener to the store.
/// </param>
public sealed record HubSignal(Activity? Typing, IReadOnlyList<StoredActivity>? Appended = null)
{
    /// <summary>The transcript grew: read it from the last watermark.</summary>
    public static readonly HubSignal Changed = new((Activity?)null);

    /// <summary>Nothing happened for a while: a listener may tell its client it is still there.</summary>
    public static readonly HubSignal KeepAlive = new((Activity?)null);

    /// <summary>The transcript grew by <paramref name="stored"/>.</summary>
    public static HubSignal Grew(IReadOnlyList<StoredActivity> stored) => stored.Count == 0 ? Changed : new(null, stored);
}
