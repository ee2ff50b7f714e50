using ShopExit.Bot.Activities;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// The one path every message takes, whatever the channel: store the merchant's activity (the
/// echo), then — in the background, one turn at a time per conversation — load the state, run
/// the bot, and commit replies and state together. A message is stored before the client hears
/// "OK", and its turn is retried after a crash (<see cref="PendingTurnsRecovery"/>), so nothing
/// a merchant said is lost.
/// </summary>
public sealed class ConversationService(
    IConversationStore store,
    ConversationBot bot,
    ConversationHub hub,
    FaqKnowledge knowledge,
    Lazy<IReadOnlyList<ITurnObserver>> observers,
    TimeProvider time,
    ILogger<ConversationService> logger) : IDisposable
{
    /// <summary>The bot's account in every conversation.</summary>
    public static readonly ChannelAccount BotAccount = new("shopexit-bot", "ShopExit 助手", RoleTypes.Bot);

    // A reply slower than this is preceded by a typing activity (at most one per 3 s).
    private static readonly TimeSpan TypingDelay = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan TypingInterval = TimeSpan.FromSeconds(3);
    private const int MaxConcurrencyRetries = 5;

    private readonly KeyedLocks _locks = new();
    private readonly Dictionary<string, DateTimeOffset> _lastTyping = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>
    /// Creates a conversation and writes the welcome (Web Chat sends no conversationUpdate), in the
    /// client's locale when it gave one (<c>en-US</c>: English), else zh-CN.
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? userName, string? locale, CancellationToken cancellationToken)
    {
        var language = ConversationLanguage.FromLocale(locale);
        var data = new ConversationData { UserId = userId, Locale = language ?? "zh-CN", ClientLocale = language };
        if (!await store.CreateAsync(conversationId, userId, data, cancellationToken))
        {
            return false;
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = "directline",
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(userId, userName, RoleTypes.User),
            Recipient = BotAccount,
            MembersAdded = [BotAccount, new ChannelAccount(userId, userName, RoleTypes.User)],
            Locale = locale,
            Timestamp = time.GetUtcNow(),
        };
        await RunTurnAsync(conversationId, update, processedSequence: 0, cancellationToken);
        return true;
    }

    /// <summary>Stores a merchant's activity and schedules the bot's turn; returns the stored echo.</summary>
    public async Task<StoredActivity> PostAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId ??= "directline";
        activity.Conversation = new ConversationAccount(conversationId);
        activity.Recipient ??= BotAccount;
        var stored = (await store.AppendAsync(conversationId, [activity], cancellationToken))[0];
        hub.Publish(conversationId, HubSignal.Changed);
        Schedule(conversationId);
        return stored;
    }

    /// <summary>
    /// Adds activities that are not a merchant's (an agent's message, a handoff event) to the
    /// transcript and delivers them; a <c>handoff.status</c> event then gets its own bot turn.
    /// </summary>
    public async Task<IReadOnlyList<StoredActivity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            activity.Timestamp = time.GetUtcNow();
            activity.ChannelId ??= "directline";
            activity.Conversation = new ConversationAccount(conversationId);
        }

        var stored = await store.AppendAsync(conversationId, activities, cancellationToken);
        hub.Publish(conversationId, HubSignal.Changed);
        if (activities.Any(TurnActivities.NeedsTurn))
        {
            Schedule(conversationId);
        }

        return stored;
    }

    /// <summary>Shows a typing indicator in the conversation (not stored), from an agent.</summary>
    public void PublishTyping(string conversationId, ChannelAccount from)
    {
        var typing = new Activity { Type = ActivityTypes.Typing, From = from, Conversation = new ConversationAccount(conversationId), ChannelId = "directline", Timestamp = time.GetUtcNow() };
        hub.Publish(conversationId, new HubSignal(typing));
    }

    /// <summary>The merchant is typing: agents are told, nothing is stored.</summary>
    public async Task MerchantTypingAsync(string conversationId, CancellationToken cancellationToken)
    {
        foreach (var observer in observers.Value)
        {
            await observer.MerchantTypingAsync(conversationId, cancellationToken);
        }
    }

    /// <summary>Runs the bot for every stored merchant activity it has not answered yet.</summary>
    public async Task ProcessPendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(conversationId, cancellationToken);
        var record = await store.GetAsync(conversationId, cancellationToken);
        while (record is not null && record.ProcessedSequence < record.LastUserSequence)
        {
            var next = await NextTurnActivityAsync(conversationId, record.ProcessedSequence, cancellationToken);
            if (next is null)
            {
                // Nothing to answer after all (the marker ran ahead): move the read position past it.
                await store.CommitTurnAsync(conversationId, record.Version, record.Data, record.LastUserSequence, [], cancellationToken);
                break;
            }

            await RunTurnLockedAsync(conversationId, next.Activity, next.Sequence, cancellationToken, record);

            // Usually nothing more is pending: find out cheaply before loading the whole state again.
            record = await store.GetProgressAsync(conversationId, cancellationToken) is { } progress && progress.Processed < progress.LastUser
                ? await store.GetAsync(conversationId, cancellationToken)
                : null;
        }
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

    /// <summary>Waits for scheduled turns (tests, shutdown).</summary>
    public async Task DrainAsync()
    {
        // Turns may schedule more turns (an agent's accept starts one), so drain until quiet.
        while (true)
        {
            Task[] running;
            lock (_running)
            {
                running = [.. _running];
            }

            if (running.Length == 0)
            {
                return;
            }

            await Task.WhenAll(running);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void Schedule(string conversationId)
    {
        // Added under the lock the continuation also takes, so a fast turn cannot be removed before it is added.
        lock (_running)
        {
            var task = Task.Run(() => ProcessSafelyAsync(conversationId));
            _running.Add(task);
            task.ContinueWith(
                t =>
                {
                    lock (_running)
                    {
                        _running.Remove(t);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
        }
    }

    private async Task ProcessSafelyAsync(string conversationId)
    {
        try
        {
            await ProcessPendingAsync(conversationId, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the turn stays pending and runs after the restart.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Turn processing failed for conversation {ConversationId}; it stays pending", conversationId);
        }
    }

    private async Task RunTurnAsync(string conversationId, Activity activity, long processedSequence, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(conversationId, cancellationToken);
        await RunTurnLockedAsync(conversationId, activity, processedSequence, cancellationToken);
    }

    private async Task RunTurnLockedAsync(string conversationId, Activity activity, long processedSequence, CancellationToken cancellationToken, ConversationRecord? loaded = null)
    {
        using var typing = StartTypingTimer(conversationId, activity);
        for (var attempt = 1; ; attempt++)
        {
            // The caller's fresh record serves the first attempt; a retry reloads.
            var record = (attempt == 1 ? loaded : null) ?? await store.GetAsync(conversationId, cancellationToken)
                ?? throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.");
            var turn = new TurnContext(activity, record.Data, knowledge.Current, time);
            foreach (var observer in observers.Value)
            {
                await observer.BeforeTurnAsync(conversationId, turn, cancellationToken);
            }

            var replies = await RunBotAsync(turn, conversationId, cancellationToken);
            foreach (var reply in replies)
            {
                Address(reply, conversationId, activity);
            }

            try
            {
                await store.CommitTurnAsync(conversationId, record.Version, turn.Data, processedSequence, replies, cancellationToken);
                hub.Publish(conversationId, HubSignal.Changed);
                await NotifyCommittedAsync(conversationId, turn, cancellationToken);
                return;
            }
            catch (ConcurrencyException) when (attempt < MaxConcurrencyRetries)
            {
                // Another node (scale-out) committed first: run the turn again on the new state.
                logger.LogDebug("Conversation {ConversationId} changed during a turn; retrying", conversationId);
            }
        }
    }

    // The turn is committed: a failing observer must not make it run again.
    private async Task NotifyCommittedAsync(string conversationId, TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var observer in observers.Value)
        {
            try
            {
                await observer.AfterCommitAsync(conversationId, turn, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "After-turn work failed for conversation {ConversationId}", conversationId);
            }
        }
    }

    // Any error inside the bot: log it, apologise once, and reset this conversation's dialogs.
    private async Task<IReadOnlyList<Activity>> RunBotAsync(TurnContext turn, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
            return turn.Replies;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Unhandled error in a turn of conversation {ConversationId}; resetting its dialogs", conversationId);
            turn.Data.DialogStack.Clear();
            turn.Data.PausedWalkthrough = null;
            return [new Activity { Type = ActivityTypes.Message, Text = turn.Texts.Get(TextKeys.ErrorApology), ReplyToId = turn.Activity.Id, InputHint = InputHints.AcceptingInput }];
        }
    }

    private void Address(Activity reply, string conversationId, Activity incoming)
    {
        reply.From = BotAccount;
        reply.Recipient = incoming.From;
        reply.Conversation = new ConversationAccount(conversationId);
        reply.ChannelId = "directline";
        reply.Timestamp = time.GetUtcNow();
    }

    private TypingTimer StartTypingTimer(string conversationId, Activity incoming) =>
        incoming.Type == ActivityTypes.Message
            ? new TypingTimer(this, conversationId, incoming)
            : TypingTimer.None;

    private TimeProvider Time => time;

    private void SendTyping(string conversationId, Activity incoming)
    {
        var now = time.GetUtcNow();
        lock (_lastTyping)
        {
            if (_lastTyping.TryGetValue(conversationId, out var last) && now - last < TypingInterval)
            {
                return;
            }

            _lastTyping[conversationId] = now;
            if (_lastTyping.Count > 10_000)
            {
                // Only recent entries matter; forget old ones so idle conversations cost nothing.
                foreach (var stale in _lastTyping.Where(e => now - e.Value > TypingInterval).Select(e => e.Key).ToList())
                {
                    _lastTyping.Remove(stale);
                }
            }
        }

        var typing = new Activity { Type = ActivityTypes.Typing, ReplyToId = incoming.Id, Timestamp = now };
        Address(typing, conversationId, incoming);
        hub.Publish(conversationId, new HubSignal(typing));
    }

    private sealed class TypingTimer : IDisposable
    {
        public static readonly TypingTimer None = new();
        private readonly CancellationTokenSource? _done;

        public TypingTimer(ConversationService owner, string conversationId, Activity incoming)
        {
            _done = new CancellationTokenSource();
            var token = _done.Token;
            _ = Task.Delay(TypingDelay, owner.Time, token).ContinueWith(
                t =>
                {
                    if (!t.IsCanceled)
                    {
                        owner.SendTyping(conversationId, incoming);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        private TypingTimer()
        {
        }

        public void Dispose()
        {
            _done?.Cancel();
            _done?.Dispose();
        }
    }
}
