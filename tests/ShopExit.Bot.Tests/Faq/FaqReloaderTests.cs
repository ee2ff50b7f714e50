using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Tests.Support;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Tests.Faq;

public class FaqReloaderTests
{
    private const string NewItem = """

          - id: shop-rename
            questions: [店铺名字怎么改, 怎么修改店铺名称, 店名可以改吗, 改店名在哪里, 店铺改名流程, 想换个店铺名, 店铺名称修改, 店名怎么换]
            answer: {zh: 测试答案：店铺改名。, en: Test answer. }
        """;

    [Fact]
    public async Task Reload_ValidChange_IsServedWithinTwoSeconds_AndOldSnapshotStillAnswers()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        await using var bot = new BotFactory(faq);
        _ = bot.Server;
        var knowledge = bot.Services.GetRequiredService<FaqKnowledge>();
        var inFlight = knowledge.Current;
        Assert.NotEqual("shop-rename", inFlight.Match("店铺名字怎么改").Label);

        await File.AppendAllTextAsync(Path.Combine(faq, "shop-operations.yaml"), NewItem);
        var elapsed = await WaitUntilAsync(() => knowledge.Current.Match("店铺名字怎么改").Label == "shop-rename", TimeSpan.FromSeconds(5));

        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"reload took {elapsed.TotalMilliseconds:0} ms");
        Assert.NotEqual("shop-rename", inFlight.Match("店铺名字怎么改").Label);
        Assert.Equal("closure-reopen", inFlight.Match("注销后店铺还能重新开吗").Label);
    }

    [Fact]
    public async Task Reload_InvalidChange_KeepsTheLastGoodContentAndReportsProblems()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        await using var bot = new BotFactory(faq);
        _ = bot.Server;
        var knowledge = bot.Services.GetRequiredService<FaqKnowledge>();
        var before = knowledge.Current;

        await File.WriteAllTextAsync(Path.Combine(faq, "closure.yaml"), "items:\n  - id: closure-reopen\n    questions: [unclosed\n");
        await WaitUntilAsync(() => knowledge.LastRejectedProblems.Count > 0, TimeSpan.FromSeconds(5));

        Assert.Same(before, knowledge.Current);
        Assert.Contains(knowledge.LastRejectedProblems, p => p.Location.File.EndsWith("closure.yaml", StringComparison.Ordinal));
        Assert.Equal("closure-reopen", knowledge.Current.Match("注销后店铺还能重新开吗").Label);
        var health = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.True(health.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Reload_NewWalkthroughFile_IsServed_AndABrokenOneKeepsIt()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        await using var bot = new BotFactory(faq);
        _ = bot.Server;
        var knowledge = bot.Services.GetRequiredService<FaqKnowledge>();
        Assert.Null(knowledge.Current.FindFlow(TestWalkthroughs.RefundOnlyAppealId));
        var file = TestWalkthroughs.RefundOnlyAppealPath(faq);

        await File.WriteAllTextAsync(file, TestWalkthroughs.RefundOnlyAppealYaml);
        await WaitUntilAsync(() => knowledge.Current.FindFlow(TestWalkthroughs.RefundOnlyAppealId) is not null, TimeSpan.FromSeconds(5));

        var withFlow = knowledge.Current;
        Assert.Equal(["evidence", "situation", "submit"], withFlow.FindFlow(TestWalkthroughs.RefundOnlyAppealId)!.Steps.Select(s => s.Id));
        Assert.Equal(TestWalkthroughs.RefundOnlyAppealId, withFlow.Match("仅退款申诉").Label);

        // An editor misspells a step: the change is refused and the walkthrough as it was stays in use.
        var broken = TestWalkthroughs.RefundOnlyAppealYaml.Replace("next: submit", "next: submitted", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, broken);
        await WaitUntilAsync(() => knowledge.LastRejectedProblems.Count > 0, TimeSpan.FromSeconds(5));

        Assert.Same(withFlow, knowledge.Current);
        Assert.NotNull(knowledge.Current.FindFlow(TestWalkthroughs.RefundOnlyAppealId));
        var problem = Assert.Single(knowledge.LastRejectedProblems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(file, problem.Location.File);
        Assert.Contains("leads to step 'submitted'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_FolderDeleted_KeepsServing()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        await using var bot = new BotFactory(faq);
        _ = bot.Server;
        var knowledge = bot.Services.GetRequiredService<FaqKnowledge>();

        Directory.Delete(faq, recursive: true);
        await WaitUntilAsync(() => knowledge.LastRejectedProblems.Count > 0, TimeSpan.FromSeconds(5));

        Assert.Equal("closure-reopen", knowledge.Current.Match("注销后店铺还能重新开吗").Label);
    }

    private static async Task<TimeSpan> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, "condition not met in time");
            await Task.Delay(25);
        }

        return watch.Elapsed;
    }
}
