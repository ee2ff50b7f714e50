using ShopExit.Bot.Conversations;
using StackExchange.Redis;

namespace ShopExit.Bot.Scaleout;

/// <summary>
/// The conversation hub across instances: every signal is published on one Redis channel with the
/// conversation's id in the message (<see cref="RelayedSignal"/>; <see cref="RedisHubRelay"/>
/// hands the other instances' to the local hub), and open streams are kept in
/// <see cref="RedisStreamPresence"/>. Redis pub/sub may drop a message (a reconnect, a slow
/// subscriber): streams read the store every <see cref="ResyncInterval"/> anyway.
/// </summary>
public sealed class RedisHubBackplane(RedisConnection redis, RedisStreamPresence presence, ILogger<RedisHubBackplane> logger) : IHubBackplane
{
    /// <summary>The channel every instance publishes and subscribes to.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal("shopexit:conversations");

    /// <inheritdoc />
    public TimeSpan ResyncInterval { get; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public void Publish(string conversationId, HubSignal signal) =>
        Try(() => redis.Multiplexer.GetSubscriber().Publish(Channel, new RelayedSignal(presence.InstanceId, conversationId, signal.Typing).Encode(), CommandFlags.FireAndForget));

    /// <inheritdoc />
    public void Opened(string conversationId) => Try(() => presence.Mark(conversationId));

    /// <inheritdoc />
    public void Closed(string conversationId) => Try(() => presence.Unmark(conversationId));

    /// <inheritdoc />
    public async Task<bool> IsListeningAnywhereAsync(string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            return await presence.AnyAsync(conversationId);
        }
        catch (RedisException ex)
        {
            // Counted as open: a chat is closed as abandoned only when we know the page is gone.
            logger.LogWarning("Redis cannot say whether conversation {ConversationId} has a stream open ({Reason}); counted as open", conversationId, ex.Message);
            return true;
        }
    }

    // A turn or a stream never fails because Redis is away: the other instances' streams catch up
    // at their next read of the store.
    private void Try(Action send)
    {
        try
        {
            send();
        }
        catch (RedisException ex)
        {
            logger.LogWarning("Redis did not take a hub signal ({Reason}); other instances catch up at their next read", ex.Message);
        }
    }
}
