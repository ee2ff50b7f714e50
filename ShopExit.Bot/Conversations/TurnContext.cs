using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// One turn: the incoming activity, the conversation's data, the replies and the effects. Replies
/// and effects are collected and committed with the state at the end of the turn, so a crash
/// never leaves half a turn behind. Features add what they know through <see cref="State"/>.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _replies = [];

    /// <summary>Creates a turn.</summary>
    /// <param name="activity">What the merchant (or the desk) sent.</param>
    /// <param name="data">The conversation's state as loaded.</param>
    /// <param name="time">The clock.</param>
    /// <param name="sequence">The activity's place in the transcript (0 when it is not stored, as the welcome's update).</param>
    public TurnContext(Activity activity, ConversationData data, TimeProvider time, long sequence = 0)
    {
        Activity = activity;
        Data = data;
        Time = time;
        Sequence = sequence;
        LocaleAtStart = data.Locale;
        OfferedButtons = data.Buttons;
        Offer = data.Offer;
        OfferedChoices = data.OfferedChoices;
    }

    /// <summary>What the merchant sent.</summary>
    public Activity Activity { get; }

    /// <summary>The conversation's persisted data.</summary>
    public ConversationData Data { get; }

    /// <summary>The activity's sequence number in the transcript (its watermark), 0 when not stored.</summary>
    public long Sequence { get; }

    /// <summary>The conversation's id.</summary>
    public string ConversationId => Activity.Conversation?.Id ?? string.Empty;

    /// <summary>What the middleware hand on to the rest of the turn.</summary>
    public TurnState State { get; } = new();

    /// <summary>
    /// The message's language, sentiment and PII, analysed once per turn (before the dialogs run)
    /// and stored with the activity, so no view analyses it again; null for anything but text.
    /// </summary>
    public TextAnalysis? Analysis { get; set; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The conversation's language before this turn (a clear sentence in the other language switches it).</summary>
    public string LocaleAtStart { get; }

    /// <summary>Whether this turn switched the conversation's language.</summary>
    public bool LanguageChanged => !string.Equals(LocaleAtStart, Data.Locale, StringComparison.Ordinal);

    /// <summary>Whether the merchant writes in English.</summary>
    public bool IsEnglish => Data.Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the bot has replied in this turn.</summary>
    public bool Responded => _replies.Count > 0;

    /// <summary>The replies so far.</summary>
    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>The buttons under the bot's last message before this turn (what the merchant is answering).</summary>
    public IReadOnlyList<Button> OfferedButtons { get; }

    /// <summary>The button value a plain yes accepts: what the bot's last message proposed, if one thing.</summary>
    public string? Offer { get; }

    /// <summary>Whether the bot's last message before this turn proposed several things to choose from.</summary>
    public bool OfferedChoices { get; }

    /// <summary>What the turn changes besides replies and state; committed in the same transaction.</summary>
    public List<ITurnEffect> Effects { get; } = [];

    /// <summary>Queues a reply; it is delivered when the turn commits.</summary>
    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Type = string.IsNullOrEmpty(activity.Type) ? ActivityTypes.Message : activity.Type;
        activity.ReplyToId ??= Activity.Id;
        activity.Locale ??= IsEnglish ? "en-US" : "zh-CN";
        if (activity.Type == ActivityTypes.Message)
        {
            activity.TextFormat ??= "markdown";
            activity.InputHint ??= InputHints.AcceptingInput;

            // The last message's buttons are what the merchant answers next (see OfferedButtons).
            Data.Buttons = (activity.SuggestedActions?.Actions ?? [])
                .Where(a => a.Title is not null && a.Value is { ValueKind: System.Text.Json.JsonValueKind.String })
                .Select(a => new Button(a.Title!, a.Value!.Value.GetString()!))
                .ToList();
            Data.Offer = null;
            Data.OfferedChoices = false;
        }

        _replies.Add(activity);
        return Task.CompletedTask;
    }

    /// <summary>Drops the replies queued so far (a turn that failed apologises instead).</summary>
    public void DiscardReplies() => _replies.Clear();

    /// <summary>Sends a text with optional buttons.</summary>
    public Task SendTextAsync(string text, IEnumerable<Button>? buttons, CancellationToken cancellationToken)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text };
        var actions = buttons?.Where(b => !string.IsNullOrWhiteSpace(b.Title)).DistinctBy(b => b.Value, StringComparer.Ordinal)
            .Select(b => CardAction.MessageBack(b.Title, b.Value)).ToList();
        if (actions is { Count: > 0 })
        {
            activity.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        return SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Sends a text with no buttons.</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken) => SendTextAsync(text, null, cancellationToken);

    /// <summary>
    /// Marks what the message just sent proposes, so that a plain yes (好的, 要, yes) accepts it:
    /// one of its buttons' values.
    /// </summary>
    public void OfferYes(string value) => Data.Offer = value;

    /// <summary>Marks the message just sent as proposing several things (its buttons): a yes asks which one, a no declines.</summary>
    public void OfferChoices() => Data.OfferedChoices = true;
}
