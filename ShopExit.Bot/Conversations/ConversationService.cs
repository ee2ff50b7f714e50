using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Where every channel hands over what happens in a conversation: it starts conversations, stores
/// a merchant's activity (the echo) before the client hears "OK", and queues the bot's turn with
/// the <see cref="TurnScheduler"/>. Nothing a merchant said is lost: an unanswered message stays
/// pending in the store until its turn commits, across crashes.
/// </summary>
public sealed class ConversationService(
    IConversationStore store,
    TurnRunner runner,
    TurnScheduler scheduler,
    TranscriptWriter transcript,
    IEnumerable<ITurnObserver> observers,
    TimeProvider time)
{
    private readonly ITurnObserver[] _observers = [.. observers];

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

        var merchant = new ChannelAccount(userId, userName, RoleTypes.User);
        await runner.RunAsync(conversationId, new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = "directline",
            Conversation = new ConversationAccount(conversationId),
            From = merchant,
            Recipient = Accounts.Bot,
            MembersAdded = [Accounts.Bot, merchant],
            Locale = locale,
            Timestamp = time.GetUtcNow(),
        }, cancellationToken);
        return true;
    }

    /// <summary>Stores a merchant's activity and queues the bot's turn; returns the stored echo.</summary>
    public async Task<StoredActivity> PostAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Recipient ??= Accounts.Bot;
        var stored = (await transcript.AppendAsync(conversationId, [activity], cancellationToken))[0];
        scheduler.Schedule(conversationId, stored);
        return stored;
    }

    /// <summary>
    /// Adds activities that are not a merchant's (an agent's message, a handoff event) to the
    /// transcript and delivers them; a <c>handoff.status</c> event then gets its own bot turn.
    /// </summary>
    public async Task<IReadOnlyList<StoredActivity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var stored = await transcript.AppendAsync(conversationId, activities, cancellationToken);
        ScheduleTurn(conversationId, stored);
        return stored;
    }

    /// <summary>
    /// Readies activities that a feature's own store write appends in its transaction (an agent's
    /// claim with its <c>handoff.status</c> event): stamped as <see cref="AppendAsync"/> stamps them.
    /// Once that write committed, hand what it stored to <see cref="Deliver"/>.
    /// </summary>
    public void Prepare(string conversationId, IReadOnlyList<Activity> activities) => transcript.Stamp(conversationId, activities);

    /// <summary>
    /// After the commit of activities readied with <see cref="Prepare"/>: the conversation's streams
    /// are told, and a <c>handoff.status</c> event gets its bot turn, as after <see cref="AppendAsync"/>.
    /// A process that stops before this loses nothing: the turn is pending in the store and runs
    /// at the next start, and streams read the transcript when they reconnect.
    /// </summary>
    public void Deliver(string conversationId, IReadOnlyList<StoredActivity> stored)
    {
        transcript.PublishStored(conversationId, stored);
        ScheduleTurn(conversationId, stored);
    }

    private void ScheduleTurn(string conversationId, IReadOnlyList<StoredActivity> stored)
    {
        if (stored.FirstOrDefault(a => TurnActivities.NeedsTurn(a.Activity)) is { } first)
        {
            scheduler.Schedule(conversationId, first);
        }
    }

    /// <summary>The merchant is typing: agents are told, nothing is stored.</summary>
    public async Task MerchantTypingAsync(string conversationId, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            await observer.MerchantTypingAsync(conversationId, cancellationToken);
        }
    }

    /// <summary>Waits for queued turns (tests).</summary>
    public Task DrainAsync() => scheduler.DrainAsync();
}
