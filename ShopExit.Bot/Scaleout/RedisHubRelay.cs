using ShopExit.Bot.Conversations;
using StackExchange.Redis;

namespace ShopExit.Bot.Scaleout;

/// <summary>
/// Hands the other instances' hub signals to this instance's streams, and keeps this instance's
/// open streams counted in <see cref="RedisStreamPresence"/> while they stay open. Subscribed at
/// start, before the server listens.
/// </summary>
public sealed class RedisHubRelay(RedisConnection redis, RedisStreamPresence presence, ConversationHub hub, ILogger<RedisHubRelay> logger) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _refreshing = Task.CompletedTask;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var messages = await redis.Multiplexer.GetSubscriber().SubscribeAsync(RedisHubBackplane.Channel);
        messages.OnMessage(message =>
        {
            if (RelayedSignal.Decode(message.Message) is { } relayed && relayed.Instance != presence.InstanceId)
            {
                hub.Deliver(relayed.Conversation, relayed.ToSignal());
            }
        });
        _refreshing = RefreshAsync(_stop.Token);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        await _refreshing;
        try
        {
            await redis.Multiplexer.GetSubscriber().UnsubscribeAsync(RedisHubBackplane.Channel);
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            logger.LogDebug("Redis unsubscribe at shutdown failed: {Reason}", ex.Message);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RedisStreamPresence.RefreshEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var conversationId in hub.ListeningHere)
                {
                    Refresh(conversationId);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private void Refresh(string conversationId)
    {
        try
        {
            presence.Mark(conversationId);
        }
        catch (RedisException ex)
        {
            logger.LogWarning("Redis did not take the open stream of conversation {ConversationId} ({Reason})", conversationId, ex.Message);
        }
    }
}
