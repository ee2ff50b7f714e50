using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Commands;

public class FaqTestCommandTests
{
    [Fact]
    public async Task FaqTest_ShippedStories_AllPassAndSayHowMany()
    {
        var (code, output, _) = await FaqCommandTests.RunAsync("faq", "test", "--faq", TestPaths.Faq);

        Assert.True(code == 0, output);
        Assert.Matches(@"conversation tests: \d+ passed, 0 failed\s*$", output);
    }

    [Fact]
    public async Task FaqTest_FailingStory_PrintsFileLineStoryTurnExpectedGotAndExitsOne()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        var file = Path.Combine(faq, "tests", "mine.yaml");
        await File.WriteAllTextAsync(file, """
            stories:
              - story: passes
                steps:
                  - user: 店铺注销以后还能重新开吗
                    answer: closure-reopen
              - story: expects the wrong step
                steps:
                  - user: 注销店铺
                    step: platform.ask
                  - user: 淘宝
                    step: backup
            """);

        var (code, output, _) = await FaqCommandTests.RunAsync("faq", "test", "--faq", faq, file);

        Assert.Equal(1, code);
        Assert.Contains($"{file}:11: story 'expects the wrong step', turn 2: expected step backup, got step orders", output, StringComparison.Ordinal);
        Assert.EndsWith("conversation tests: 1 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqTest_BrokenStoryFile_NamesLineAndColumnAndCountsAsFailed()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        var file = Path.Combine(faq, "tests", "broken.yaml");
        await File.WriteAllTextAsync(file, """
            stories:
              - story: no action
                steps:
                  - answer: closure-reopen
              - story: unknown expectation
                steps:
                  - user: 你好
                    replys: 你好
            """);

        var (code, output, _) = await FaqCommandTests.RunAsync("faq", "test", "--faq", faq, file);

        Assert.Equal(1, code);
        Assert.Contains($"{file}:4:9: error: story 'no action': a step has exactly one of 'user:', 'click:' or 'set_locale:'", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:8:9: error: story 'unknown expectation': unknown expectation 'replys'", output, StringComparison.Ordinal);
        Assert.EndsWith("conversation tests: 0 passed, 2 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqTest_ClickOnAButtonThatIsNotThere_SaysWhichButtonsThereWere()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        var file = Path.Combine(faq, "tests", "click.yaml");
        await File.WriteAllTextAsync(file, """
            stories:
              - story: clicks a missing button
                steps:
                  - user: 注销店铺
                  - click: 微信小店
            """);

        var (code, output, _) = await FaqCommandTests.RunAsync("faq", "test", "--faq", faq, file);

        Assert.Equal(1, code);
        Assert.Contains("turn 2: expected a button '微信小店' to click, got buttons '抖音小店', '快手小店', '淘宝', '拼多多', '其他平台'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqCheck_StoryFilesUnderTests_AreNotReadAsContent()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        await File.WriteAllTextAsync(Path.Combine(faq, "tests", "extra.yaml"), "stories:\n  - story: x\n    steps:\n      - user: 你好\n");

        var (code, output, _) = await FaqCommandTests.RunAsync("faq", "check", "--faq", faq);

        Assert.Equal(0, code);
        Assert.DoesNotContain("extra.yaml", output, StringComparison.Ordinal);
    }
}
