using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Faq;
using ShopExit.Knowledge;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Drives the real dialogs turn by turn with no HTTP and no database, like Bot Builder's
/// DialogTestClient. The conversation's data goes through JSON between turns, exactly as the
/// store keeps it, so a dialog that forgets to persist something fails here.
/// </summary>
internal sealed class DialogTestClient
{
    private static readonly Lazy<KnowledgeBase> Shipped = new(() =>
        FaqContentLoader.Load(TestPaths.Faq).KnowledgeBase ?? throw new InvalidOperationException("shipped FAQ has errors"));

    private readonly ConversationBot _bot;
    private string _dataJson;
    private int _sequence;

    public DialogTestClient(KnowledgeBase? knowledge = null, ConversationData? data = null)
    {
        Knowledge = knowledge ?? Shipped.Value;
        var answerer = new FaqAnswerer(Unanswered, TimeProvider.System, NullLogger<FaqAnswerer>.Instance);
        _bot = new ConversationBot(BotDialogs.Create(answerer), NullLogger<ConversationBot>.Instance);
        _dataJson = JsonSerializer.Serialize(data ?? new ConversationData(), ActivityJson.Options);
    }

    public KnowledgeBase Knowledge { get; }

    public InMemoryUnansweredLog Unanswered { get; } = new();

    /// <summary>What every turn is told (agents available, sentiment); none by default.</summary>
    public TurnEnvironment Environment { get; set; } = TurnEnvironment.None;

    /// <summary>The effects of the last turn (a queued handoff, a rating).</summary>
    public IReadOnlyList<object> LastEffects { get; private set; } = [];

    /// <summary>The conversation's data as the store would load it now.</summary>
    public ConversationData Data => JsonSerializer.Deserialize<ConversationData>(_dataJson, ActivityJson.Options)!;

    /// <summary>Starts the conversation (the welcome).</summary>
    public Task<IReadOnlyList<Activity>> StartAsync() => RunAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("bot", role: RoleTypes.Bot), new ChannelAccount("merchant", role: RoleTypes.User)],
    });

    /// <summary>Sends a message and returns the bot's replies to it.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text) => RunAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        activity.Id = $"test|{++_sequence:D7}";
        activity.Conversation = new ConversationAccount("test");
        activity.From ??= new ChannelAccount("merchant", role: RoleTypes.User);
        var data = JsonSerializer.Deserialize<ConversationData>(_dataJson, ActivityJson.Options)!;
        var turn = new TurnContext(activity, data, Knowledge, TimeProvider.System) { Environment = Environment };
        await _bot.OnTurnAsync(turn, CancellationToken.None);
        LastEffects = turn.Effects.ToList();
        _dataJson = JsonSerializer.Serialize(turn.Data, ActivityJson.Options);
        return turn.Replies;
    }
}
