using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Queues the conversations that owe a turn and runs them on a fixed number of workers. A
/// conversation is queued once however many messages arrive (its turn answers them in order).
/// When the queue is full nothing is lost: the messages are stored, and once there is room the
/// scheduler asks the store which conversations still owe a turn, the same path as after a crash.
/// </summary>
public sealed class TurnScheduler(TurnRunner runner, IConversationStore store, IOptions<TurnOptions> options, ILogger<TurnScheduler> logger) : BackgroundService
{
    private readonly Channel<ScheduledTurn> _queue = Channel.CreateBounded<ScheduledTurn>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);
    private int _outstanding;
    private int _overflowed;

    /// <summary>Queues the conversation's turn; <paramref name="posted"/> is the activity just stored, if any.</summary>
    public void Schedule(string conversationId, StoredActivity? posted = null)
    {
        if (!_queued.TryAdd(conversationId, 0))
        {
            return;
        }

        Interlocked.Increment(ref _outstanding);
        if (!_queue.Writer.TryWrite(new ScheduledTurn(conversationId, posted)))
        {
            _queued.TryRemove(conversationId, out _);
            Interlocked.Decrement(ref _outstanding);
            if (Interlocked.Exchange(ref _overflowed, 1) == 0)
            {
                logger.LogWarning("The turn queue is full ({Capacity}); turns wait in the store until there is room", options.Value.QueueCapacity);
            }
        }
    }

    /// <summary>Waits until every queued turn has run (tests, shutdown).</summary>
    public async Task DrainAsync()
    {
        while (Volatile.Read(ref _outstanding) > 0 || Volatile.Read(ref _overflowed) == 1)
        {
            await Task.Delay(5);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Messages stored but not answered when the last run stopped (a crash, a SIGKILL).
        try
        {
            await ScheduleFromStoreAsync(stoppingToken);
        }
        catch (StoreFaultException fault)
        {
            // A damaged store must not stop the host: it answers 503 and /healthz says so.
            logger.LogError("Messages left unanswered by the last run are not recovered: {Fault}", fault.Message);
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Value.Parallelism)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll([.. workers, RecoverAsync(stoppingToken)]);
    }

    // With a store shared by several instances: what one stored and then died before answering is
    // found here, and answered once the dead one's lease is gone.
    private async Task RecoverAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RecoveryInterval is not { } interval)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    // Conversations being answered right now are listed too: they run once the lease is free and find nothing to do.
                    await ScheduleFromStoreAsync(stoppingToken, LogLevel.Debug);
                }
                catch (StoreFaultException fault)
                {
                    logger.LogError("Looking for unanswered messages failed: {Fault}", fault.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            // ReadAsync, not ReadAllAsync: a queued turn goes to one waiting worker, where
            // WaitToReadAsync woke every idle worker to race for it (thread-pool work items per turn: 54, now 7).
            while (true)
            {
                var turn = await _queue.Reader.ReadAsync(stoppingToken);
                // Removed before the turn runs: a message arriving meanwhile queues the conversation again.
                _queued.TryRemove(turn.ConversationId, out _);
                await RunSafelyAsync(turn, stoppingToken);
                Interlocked.Decrement(ref _outstanding);
                if (Volatile.Read(ref _overflowed) == 1 && _queue.Reader.Count < options.Value.QueueCapacity / 2 && Interlocked.Exchange(ref _overflowed, 0) == 1)
                {
                    await ScheduleFromStoreAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: queued turns stay pending in the store and run after the restart.
        }
    }

    private async Task RunSafelyAsync(ScheduledTurn turn, CancellationToken stoppingToken)
    {
        try
        {
            await runner.ProcessPendingAsync(turn.ConversationId, turn.Posted, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Turn processing failed for conversation {ConversationId}; it stays pending", turn.ConversationId);
        }
    }

    private async Task ScheduleFromStoreAsync(CancellationToken stoppingToken, LogLevel level = LogLevel.Information)
    {
        var pending = await store.GetConversationsWithPendingTurnsAsync(stoppingToken);
        if (pending.Count > 0)
        {
            logger.Log(level, "Answering {Count} conversation(s) with messages not answered yet", pending.Count);
        }

        foreach (var conversationId in pending)
        {
            Schedule(conversationId);
        }
    }

    private sealed record ScheduledTurn(string ConversationId, StoredActivity? Posted);
}
