using System.Collections.Concurrent;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Runs turns, one at a time per conversation: load the state, run the pipeline, address the
/// replies, and commit replies, state, effects and analysis in one transaction; then notify.
/// </summary>
public sealed class TurnRunner(
    IConversationStore store,
    ITurnLease lease,
    TurnPipeline pipeline,
    ConversationHub hub,
    IEnumerable<ITurnObserver> observers,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    // About 1–2 KB each: enough for every conversation active at once on one machine.
    private const int MaxRecent = 10_000;

    // Commits in a row that found the conversation changed by another instance before giving up.
    private const int MaxConflicts = 3;

    private readonly KeyedLocks _locks = new();
    private readonly ConcurrentDictionary<string, ConversationRecord> _recent = new(StringComparer.Ordinal);
    private readonly ITurnObserver[] _observers = [.. observers];

    /// <summary>Runs one turn on an activity that is not in the transcript (the welcome's conversationUpdate).</summary>
    public async Task RunAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(conversationId, cancellationToken);
        await using var leased = await lease.AcquireAsync(conversationId, cancellationToken);
        _recent.TryRemove(conversationId, out _);
        var record = await store.GetAsync(conversationId, cancellationToken) ?? throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.");
        Remember(await RunLockedAsync(record, activity, 0, cancellationToken));
    }

    /// <summary>
    /// Runs the bot for every stored activity it owes a turn. <paramref name="posted"/>, when given,
    /// is the activity just stored: when it is the next one to answer, its turn starts from it
    /// instead of reading it back (after a crash, everything is read from the store).
    /// </summary>
    public async Task ProcessPendingAsync(string conversationId, StoredActivity? posted, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(conversationId, cancellationToken);
        await using var leased = await lease.AcquireAsync(conversationId, cancellationToken);
        var record = TakeRecent(conversationId, posted) ?? await store.GetAsync(conversationId, cancellationToken);
        var conflicts = 0;
        while (record is not null && record.ProcessedSequence < record.LastUserSequence)
        {
            var next = posted is not null && posted.Sequence == record.ProcessedSequence + 1
                ? posted
                : await NextTurnActivityAsync(conversationId, record.ProcessedSequence, cancellationToken);
            if (next is null)
            {
                // Nothing to answer after all (the marker ran ahead): move the read position past it.
                record = (await store.CommitTurnAsync(new TurnCommit(conversationId, record.Version, record.Data, record.LastUserSequence, [], [], null), cancellationToken)).Conversation;
                break;
            }

            // The commit tells whether a message arrived meanwhile: the loop needs no read to know.
            try
            {
                record = await RunLockedAsync(record, next.Activity, next.Sequence, cancellationToken);
                conflicts = 0;
            }
            catch (ConcurrencyException) when (++conflicts < MaxConflicts)
            {
                // Another instance committed a turn of this conversation while this one ran it
                // (which the lease prevents): nothing was written; read what it left and go on.
                logger.LogWarning("Conversation {ConversationId} changed during its turn; its state is read again", conversationId);
                record = await store.GetAsync(conversationId, cancellationToken);
                posted = null;
            }
        }

        if (record is not null)
        {
            Remember(record);
        }
    }

    // The state a conversation's last turn committed, kept so its next turn starts without a read.
    // Only this runner commits turns to its store (under the conversation's lock), so the version
    // is current; with a store shared by several instances nothing is kept (see Remember). A
    // failing turn has taken its entry out and the next one reads the store. Without a post to say
    // what arrived since, the store is read too.
    private ConversationRecord? TakeRecent(string conversationId, StoredActivity? posted) =>
        _recent.TryRemove(conversationId, out var recent) && posted is not null
            ? recent with { LastSequence = Math.Max(recent.LastSequence, posted.Sequence), LastUserSequence = Math.Max(recent.LastUserSequence, posted.Sequence) }
            : null;

    private void Remember(ConversationRecord record)
    {
        if (lease.SharedStore)
        {
            return;
        }

        if (_recent.Count >= MaxRecent)
        {
            // Any one will do: the cache only saves a read, it never decides anything.
            foreach (var entry in _recent)
            {
                _recent.TryRemove(entry.Key, out _);
                break;
            }
        }

        _recent[record.Id] = record;
    }

    // Agents' messages and bot notices need no turn; page past any number of them.
    private async Task<StoredActivity?> NextTurnActivityAsync(string conversationId, long after, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.GetActivitiesAsync(conversationId, after, 64, cancellationToken);
            if (page.Count == 0)
            {
                return null;
            }

            if (page.FirstOrDefault(a => TurnActivities.NeedsTurn(a.Activity)) is { } next)
            {
                return next;
            }

            after = page[^1].Sequence;
        }
    }

    private async Task<ConversationRecord> RunLockedAsync(ConversationRecord record, Activity activity, long sequence, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, record.Data, time, sequence);
        await pipeline.RunAsync(turn, cancellationToken);
        foreach (var reply in turn.Replies)
        {
            Address(reply, record.Id, activity);
        }

        // A concurrent commit (only possible with several instances on a stale cache) throws here,
        // before anything is written or notified; the caller reads the new state and goes on.
        var committed = await store.CommitTurnAsync(new TurnCommit(record.Id, record.Version, turn.Data, sequence, turn.Replies, turn.Effects, turn.Analysis), cancellationToken);
        if (committed.Replies.Count > 0)
        {
            hub.Publish(record.Id, HubSignal.Grew(committed.Replies));
        }

        await NotifyCommittedAsync(turn, cancellationToken);
        return committed.Conversation;
    }

    // The turn is committed: a failing observer must not make it run again.
    private async Task NotifyCommittedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.AfterCommitAsync(turn, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "After-turn notification failed for conversation {ConversationId}", turn.ConversationId);
            }
        }
    }

    private void Address(Activity reply, string conversationId, Activity incoming)
    {
        reply.From = Accounts.Bot;
        reply.Recipient = incoming.From;
        reply.Conversation = new ConversationAccount(conversationId);
        reply.ChannelId = "directline";
        reply.Timestamp = time.GetUtcNow();
    }
}
