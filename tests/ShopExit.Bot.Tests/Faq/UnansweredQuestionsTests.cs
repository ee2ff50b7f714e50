using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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
    public async Task MatchAsync_Fallback_IsRecordedWithCandidatesTimeAndConversation()
    {
        var (answerer, log) = Create();

        var result = await answerer.MatchAsync(Shipped, "今天杭州天气怎么样", "conv-1", CancellationToken.None);

        Assert.Equal(MatchDecision.Fallback, result.Decision);
        var recorded = Assert.Single(await log.ListAsync(null, CancellationToken.None));
        Assert.Equal("conv-1", recorded.ConversationId);
        Assert.Equal("今天杭州天气怎么样", recorded.Question);
        Assert.Equal("fallback", recorded.Decision);
        Assert.Equal(_clock.Now, recorded.AskedAt);
        Assert.Equal(result.Candidates.Select(c => c.Entry.Id), recorded.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task MatchAsync_Answer_IsNotRecorded()
    {
        var (answerer, log) = Create();

        await answerer.MatchAsync(Shipped, "什么是仅退款", "conv-1", CancellationToken.None);

        Assert.Empty(await log.ListAsync(null, CancellationToken.None));
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("没有")]
    [InlineData("ok")]
    public async Task MatchAsync_ContentFreeReply_IsNotRecorded(string reply)
    {
        var (answerer, log) = Create();

        var result = await answerer.MatchAsync(Shipped, reply, "conv-1", CancellationToken.None);

        Assert.Equal(MatchRule.ContentFree, result.Rule);
        Assert.Empty(await log.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task MatchAsync_StoreFails_StillAnswers()
    {
        var answerer = new FaqAnswerer(new BrokenLog(), _clock, NullLogger<FaqAnswerer>.Instance);

        var result = await answerer.MatchAsync(Shipped, "今天天气怎么样", "conv-1", CancellationToken.None);

        Assert.Equal(MatchDecision.Fallback, result.Decision);
    }

    [Fact]
    public async Task FaqUnanswered_GroupsMostFrequentFirstWithNearestItem_AndFiltersBySince()
    {
        var (_, log) = Create();
        await log.RecordAsync(Question("怎么设置运费模板", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        foreach (var question in new[] { "开店保证金要交多少", "今天天气怎么样", "开店保证金要交多少钱", "开店要交多少保证金" })
        {
            await log.RecordAsync(Question(question, new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None);
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

    private (FaqAnswerer Answerer, IUnansweredQuestionLog Log) Create()
    {
        var log = new SqliteUnansweredQuestionLog(new SqliteDatabase(Options.Create(new ShopExitOptions { DataDirectory = _dataDirectory })));
        return (new FaqAnswerer(log, _clock, NullLogger<FaqAnswerer>.Instance), log);
    }

    private sealed class BrokenLog : IUnansweredQuestionLog
    {
        public Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken) => throw new IOException("disk full");

        public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken) => throw new IOException("disk full");
    }
}
