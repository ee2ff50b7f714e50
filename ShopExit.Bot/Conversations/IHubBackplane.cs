namespace ShopExit.Bot.Conversations;

/// <summary>
/// Carries <see cref="ConversationHub"/> signals to the other instances of the bot and knows
/// which conversations have a stream open anywhere. Without one (a single instance on SQLite)
/// the hub is in-process only. An implementation delivers what other instances publish with
/// <see cref="ConversationHub.Deliver"/>.
/// </summary>
public interface IHubBackplane
{
    /// <summary>
    /// How often a stream reads the store from its watermark without having been signalled: a
    /// signal lost between instances then costs at most this much latency, never an activity.
    /// </summary>
    TimeSpan ResyncInterval { get; }

    /// <summary>Sends the signal to the other instances; never waits for them and never throws.</summary>
    void Publish(string conversationId, HubSignal signal);

    /// <summary>The first stream of the conversation opened on this instance.</summary>
    void Opened(string conversationId);

    /// <summary>The last stream of the conversation on this instance closed.</summary>
    void Closed(string conversationId);

    /// <summary>Whether any instance has a stream of the conversation open.</summary>
    Task<bool> IsListeningAnywhereAsync(string conversationId, CancellationToken cancellationToken);
}
