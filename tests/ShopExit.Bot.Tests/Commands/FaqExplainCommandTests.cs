using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Commands;

public class FaqExplainCommandTests
{
    [Fact]
    public async Task FaqExplain_Question_ShowsNormalisedTextTermsCandidatesRulesAndDecision()
    {
        var (code, output, _) = await RunAsync("faq", "explain", "抖店保证金退款一般几天能到", "--faq", TestPaths.Faq);

        Assert.Equal(0, code);
        Assert.Contains("normalised:  保证金退款一般几天能到", output, StringComparison.Ordinal);
        Assert.Contains("platform:    douyin (named in the text)", output, StringComparison.Ordinal);
        Assert.Matches(@"保证\s+bigram\s+\d+\.\d\d  known", output);
        Assert.Matches(@"1\s+deposit-refund-delay\s+0\.\d\d\s+0\.\d\d\s+0\.\d\d\s+0\.\d\d", output);
        Assert.Matches(@"best 0\.\d\d < fallback threshold 0\.26\? no", output);
        Assert.Contains("decision:    answer deposit-refund-delay (rule: Score)", output, StringComparison.Ordinal);
        Assert.Contains("answer:      douyin variant:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqExplain_HumanRequest_NamesTheRuleAndTheWords()
    {
        var (code, output, _) = await RunAsync("faq", "explain", "保证金的事说不清楚，帮我转人宫", "--faq", TestPaths.Faq);

        Assert.Equal(0, code);
        Assert.Contains("human request: yes ('转人工')", output, StringComparison.Ordinal);
        Assert.Contains("decision:    answer escalate (rule: HumanRequest)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqExplain_ContentFreeReply_FallsBackButStillShowsWhatWasNear()
    {
        var (_, output, _) = await RunAsync("faq", "explain", "好的", "--faq", TestPaths.Faq);

        Assert.Contains("content-free reply: yes", output, StringComparison.Ordinal);
        Assert.Contains("smalltalk-thanks", output, StringComparison.Ordinal);
        Assert.Contains("decision:    fallback (rule: ContentFree)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqExplain_ShortText_ShowsTheShortTextRuleWithItsNumbers()
    {
        var (_, output, _) = await RunAsync("faq", "explain", "急", "--faq", TestPaths.Faq);

        Assert.Matches(@"short text \(1 Chinese character\(s\)\): best phrasing similarity 0\.\d\d < short-text minimum 0\.70\? yes", output);
        Assert.Contains("decision:    fallback (rule: ShortText)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqExplain_PlatformOption_ChoosesTheVariantOrSaysThereIsNone()
    {
        var (_, douyin, _) = await RunAsync("faq", "explain", "保证金退款要多久", "--platform", "douyin", "--faq", TestPaths.Faq);
        var (_, kuaishou, _) = await RunAsync("faq", "explain", "保证金退款要多久", "--platform", "kuaishou", "--faq", TestPaths.Faq);

        Assert.Contains("platform:    douyin (from --platform)", douyin, StringComparison.Ordinal);
        Assert.Contains("answer:      douyin variant:", douyin, StringComparison.Ordinal);
        Assert.Contains("general answer (deposit-refund-delay has no kuaishou variant)", kuaishou, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqExplain_UnknownPlatform_IsAClearError()
    {
        var (code, _, error) = await RunAsync("faq", "explain", "保证金怎么退", "--platform", "amazon", "--faq", TestPaths.Faq);

        Assert.Equal(2, code);
        Assert.Contains("unknown platform 'amazon'", error, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => FaqCommandTests.RunAsync(args);
}
