using ShopExit.Bot.Activities;
using ShopExit.Bot.ConversationTests;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Knowledge;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Drives the real dialogs turn by turn with no HTTP and no database, like Bot Builder's
/// DialogTestClient (over the product's <see cref="OfflineConversation"/>, which <c>faq test</c>
/// runs too). The conversation's data goes through JSON between turns, exactly as the store keeps
/// it, so a dialog that forgets to persist something fails here.
/// </summary>
internal sealed class DialogTestClient
{
    private static readonly Lazy<KnowledgeBase> Shipped = new(() =>
        FaqContentLoader.Load(TestPaths.Faq).KnowledgeBase ?? throw new InvalidOperationException("shipped FAQ has errors"));

    private readonly OfflineConversation _conversation;

    public DialogTestClient(KnowledgeBase? knowledge = null, ConversationData? data = null)
    {
        _conversation = new OfflineConversation(knowledge ?? Shipped.Value, data) { Environment = TurnEnvironment.None };
    }

    public KnowledgeBase Knowledge => _conversation.Knowledge;

    /// <summary>A client on the content of another FAQ folder (a copy with a file added), loaded and checked as the bot does.</summary>
    public static DialogTestClient ForFaq(string faqDirectory)
    {
        var (knowledge, problems) = FaqContentLoader.Load(faqDirectory);
        return new DialogTestClient(knowledge ?? throw new InvalidOperationException(
            $"FAQ folder {faqDirectory} has errors:{System.Environment.NewLine}{string.Join(System.Environment.NewLine, problems)}"));
    }

    public InMemoryUnansweredLog Unanswered { get; } = new();

    /// <summary>What every turn is told (agents available, sentiment); none by default.</summary>
    public TurnEnvironment Environment
    {
        get => _conversation.Environment!;
        set => _conversation.Environment = value;
    }

    /// <summary>The effects of the last turn (a queued handoff, a rating).</summary>
    public IReadOnlyList<ITurnEffect> LastEffects => _conversation.LastEffects;

    /// <summary>The conversation's data as the store would load it now.</summary>
    public ConversationData Data => _conversation.Data;

    /// <summary>Starts the conversation (the welcome).</summary>
    public Task<IReadOnlyList<Activity>> StartAsync() => LoggedAsync(_conversation.StartAsync());

    /// <summary>Sends a message and returns the bot's replies to it.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text) => LoggedAsync(_conversation.SendAsync(text));

    /// <summary>Clicks a button of the bot's last message, as Web Chat does.</summary>
    public Task<IReadOnlyList<Activity>> ClickAsync(CardAction button) => LoggedAsync(_conversation.ClickAsync(button));

    // What the store would log: the unanswered questions among the turn's effects.
    private async Task<IReadOnlyList<Activity>> LoggedAsync(Task<IReadOnlyList<Activity>> turn)
    {
        var replies = await turn;
        Unanswered.Questions.AddRange(_conversation.LastEffects.OfType<UnansweredQuestion>());
        return replies;
    }
}
