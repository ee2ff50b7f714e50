using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Commands;
using ShopExit.Bot.Tests.Support;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Tests.Faq;

public class UnansweredQuestionsTests
{
    private static readonly KnowledgeBase Shipped = KnowledgeBase.Load(TestPaths.Faq).KnowledgeBase!;

    private readonly string _dataDirectory = TestPaths.NewTempFolder("data");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Match_Fallback_IsLoggedWithCandidatesTimeAndConversation()
    {
        var turn = Turn("今天杭州天气怎么样");

        var result = FaqAnswerer.Match(turn, turn.Activity.Text);

        Assert.Equal(MatchDecision.Fallback, result.Decision);
        var logged = Assert.IsType<UnansweredQuestion>(Assert.Single(turn.Effects));
        Assert.Equal("conv-1", logged.ConversationId);
        Assert.Equal("今天杭州天气怎么样", logged.Question);
        Assert.Equal("fallback", logged.Decision);
        Assert.Equal(_clock.Now, logged.AskedAt);
        Assert.Equal(result.Candidates.Select(c => c.Entry.Id), logged.Candidates.Select(c => c.Id));
    }

    [Fact]
    public void Match_Answer_IsNotLogged()
    {
        var turn = Turn("什么是仅退款");

        FaqAnswerer.Match(turn, turn.Activity.Text);

        Assert.Empty(turn.Effects);
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("没有")]
    [InlineData("ok")]
    public void Match_ContentFreeReply_IsNotLogged(string reply)
    {
        var turn = Turn(reply);

        var result = FaqAnswerer.Match(turn, reply);

        Assert.Equal(MatchRule.ContentFree, result.Rule);
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public async Task Fallback_OverDirectLine_IsLoggedOnceWithTheTurnThatAnsweredIt()
    {
        await using var bot = new BotFactory();
        var merchant = await DirectLineClient.StartAsync(bot);

        await merchant.PostTextAsync("今天杭州天气怎么样");
        await DirectLineClient.SettleAsync(bot);

        var log = bot.Services.GetRequiredService<IUnansweredQuestionLog>();
        var logged = Assert.Single(await log.ListAsync(null, CancellationToken.None));
        Assert.Equal(merchant.ConversationId, logged.ConversationId);
        Assert.Equal("今天杭州天气怎么样", logged.Question);
        var (activities, _) = await merchant.GetActivitiesAsync();
        Assert.Contains(activities, a => DirectLineClient.RoleOf(a) == "bot" && DirectLineClient.TextOf(a).Length > 0);
    }

    [Fact]
    public async Task FaqUnanswered_GroupsMostFrequentFirstWithNearestItem_AndFiltersBySince()
    {
        var (database, log) = Create();
        using (database)
        {
            await log.RecordAsync(database, Question("怎么设置运费模板", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)));
            foreach (var question in new[] { "开店保证金要交多少", "今天天气怎么样", "开店保证金要交多少钱", "开店要交多少保证金" })
            {
                await log.RecordAsync(database, Question(question, new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));
            }
        }

        var (code, output, _) = await FaqCommandTests.RunAsync("faq", "unanswered", "--since", "2026-11-01", $"--ShopExit:DataDirectory={_dataDirectory}", "--faq", TestPaths.Faq);

        Assert.Equal(0, code);
        Assert.DoesNotContain("运费模板", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        var firstGroup = Array.FindIndex(lines, l => l.Contains("x  ", StringComparison.Ordinal));
        Assert.Contains("3x  开店保证金要交多少", lines[firstGroup], StringComparison.Ordinal);
        Assert.Contains("nearest: ", lines[firstGroup + 1], StringComparison.Ordinal);
        Assert.Contains("1x  今天天气怎么样", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqUnanswered_BadDate_IsAClearError()
    {
        var (code, _, error) = await FaqCommandTests.RunAsync("faq", "unanswered", "--since", "yesterday-ish", $"--ShopExit:DataDirectory={_dataDirectory}");

        Assert.Equal(2, code);
        Assert.Contains("is not a date", error, StringComparison.Ordinal);
    }

    private static UnansweredQuestion Question(string text, DateTimeOffset at) => new("c", text, "fallback", [], at);

    private (SqliteDatabase Database, SqliteUnansweredQuestionLog Log) Create()
    {
        var database = new SqliteDatabase(Options.Create(new ShopExitOptions { DataDirectory = _dataDirectory }));
        return (database, new SqliteUnansweredQuestionLog(database));
    }

    private TurnContext Turn(string text)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount("conv-1") };
        var turn = new TurnContext(activity, new ConversationData(), _clock);
        turn.UseKnowledge(Shipped);
        return turn;
    }
}
