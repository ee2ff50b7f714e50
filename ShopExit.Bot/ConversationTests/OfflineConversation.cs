using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Knowledge;

namespace ShopExit.Bot.ConversationTests;

/// <summary>
/// One conversation with the real bot, turn by turn, with no HTTP and no database: the same
/// dialogs and turn middleware the server runs (<see cref="DialogBot"/> after the text analysis and
/// the handoff routing), and the conversation's data going through JSON between turns exactly as
/// the store keeps it. Used by <c>faq test</c> and by the dialog tests.
/// </summary>
public sealed class OfflineConversation
{
    private readonly TurnPipeline _pipeline;
    private readonly TimeProvider _time;
    private string _dataJson;
    private int _sequence;

    /// <summary>Creates a conversation on <paramref name="knowledge"/>.</summary>
    /// <param name="knowledge">The content version the turns run on.</param>
    /// <param name="data">The conversation's starting data (a new conversation when null).</param>
    /// <param name="time">The clock.</param>
    public OfflineConversation(KnowledgeBase knowledge, ConversationData? data = null, TimeProvider? time = null)
    {
        Knowledge = knowledge;
        _time = time ?? TimeProvider.System;
        _pipeline = new TurnPipeline(
            [new TextAnalysisMiddleware(new LocalTextAnalyzer()), new OfflineDesk(this), new HandoffRoutingMiddleware()],
            new DialogBot(NullLogger<DialogBot>.Instance));
        _dataJson = JsonSerializer.Serialize(data ?? new ConversationData(), ActivityJson.Options);
    }

    /// <summary>The content version the turns run on.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>Whether a human agent can take the conversation (business hours and someone online).</summary>
    public bool AgentsAvailable { get; set; }

    /// <summary>What every turn is told instead of analysing the message (a test's fixed sentiment), when set.</summary>
    public TurnEnvironment? Environment { get; set; }

    /// <summary>The locale the merchant's client reports on each message (Web Chat sends its page's), if any.</summary>
    public string? ClientLocale { get; set; }

    /// <summary>The conversation's data as the store would load it now.</summary>
    public ConversationData Data => JsonSerializer.Deserialize<ConversationData>(_dataJson, ActivityJson.Options)!;

    /// <summary>The replies of the last turn.</summary>
    public IReadOnlyList<Activity> LastReplies { get; private set; } = [];

    /// <summary>The effects of the last turn (a queued handoff, a rating, an unanswered question).</summary>
    public IReadOnlyList<ITurnEffect> LastEffects { get; private set; } = [];

    /// <summary>Starts the conversation: the welcome, in the client's locale when one is set.</summary>
    public Task<IReadOnlyList<Activity>> StartAsync()
    {
        var data = Data;
        if (ConversationLanguage.FromLocale(ClientLocale) is { } language)
        {
            data.Locale = language;
            data.ClientLocale = language;
            _dataJson = JsonSerializer.Serialize(data, ActivityJson.Options);
        }

        return RunAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount("bot", role: RoleTypes.Bot), new ChannelAccount("merchant", role: RoleTypes.User)],
        });
    }

    /// <summary>Sends a typed message.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text) => RunAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Clicks a button as Web Chat does (<c>messageBack</c>: the title as text, the value attached).</summary>
    public Task<IReadOnlyList<Activity>> ClickAsync(CardAction button) => RunAsync(new Activity
    {
        Type = ActivityTypes.Message,
        Text = button.Text ?? button.Title,
        Value = button.Type == CardAction.ImBack ? null : button.Value,
    });

    /// <summary>Runs any activity from the merchant.</summary>
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        activity.Id = $"offline|{++_sequence:D7}";
        activity.Conversation = new ConversationAccount("offline");
        activity.From ??= new ChannelAccount("merchant", role: RoleTypes.User);
        activity.Locale ??= ClientLocale;
        var data = Data;
        var turn = new TurnContext(activity, data, _time, _sequence);
        await _pipeline.RunAsync(turn, CancellationToken.None);
        LastReplies = turn.Replies.ToList();
        LastEffects = turn.Effects.ToList();
        _dataJson = JsonSerializer.Serialize(turn.Data, ActivityJson.Options);
        return LastReplies;
    }

    // What the server's content and handoff desk tell a turn: the content version, whether a human
    // is available (set by the test), and how the message sounds (unless the test fixed it).
    private sealed class OfflineDesk(OfflineConversation conversation) : IMiddleware
    {
        public Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken)
        {
            turn.UseKnowledge(conversation.Knowledge);
            turn.Environment = conversation.Environment ?? new TurnEnvironment(
                conversation.AgentsAvailable,
                turn.Analysis is { } analysis ? SentimentSummary.Of(analysis.Sentiment) : null,
                turn.Analysis?.Sentiment.Urgent ?? false);
            return next(cancellationToken);
        }
    }
}
