using ShopExit.Bot.Tests.Support;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Flows;

namespace ShopExit.Bot.Tests.Dialogs;

/// <summary>
/// The walkthroughs say for each platform only what the articles support for it: the deposit
/// article is about Douyin, so its specific facts (3–7 个工作日, 保证金管理, 退还) appear on other
/// platforms only with the caveat that they come from Douyin's guide.
/// </summary>
public class WalkthroughFactsTests
{
    private static readonly string[] DouyinClaimsZh = ["3-7", "3–7", "保证金管理", "退还"];
    private static readonly string[] DouyinClaimsEn = ["3-7", "3–7", "deposit management", "保证金管理", "退还"];

    [Theory]
    [InlineData("flow:closure")]
    [InlineData("flow:deposit-refund")]
    public void EveryStepText_OnEveryPlatform_StatesDouyinFactsOnlyWithTheCaveat(string flowId)
    {
        var flow = new DialogTestClient().Knowledge.FindFlow(flowId)!;
        var texts = TextsOf(flow).ToList();
        Assert.NotEmpty(texts);

        var stretched = new List<string>();
        foreach (var (where, text) in texts)
        {
            foreach (var platform in Enum.GetValues<Platform>().Where(p => p != Platform.Douyin).Cast<Platform?>().Append(null))
            {
                var said = text.For(platform);
                if (DouyinClaimsZh.Any(c => said.Zh.Contains(c, StringComparison.Ordinal)) && !said.Zh.Contains("抖音", StringComparison.Ordinal))
                {
                    stretched.Add($"{where} ({platform?.ToString() ?? "unknown platform"}, zh): {said.Zh}");
                }

                if (DouyinClaimsEn.Any(c => said.En.Contains(c, StringComparison.OrdinalIgnoreCase)) && !said.En.Contains("Douyin", StringComparison.Ordinal))
                {
                    stretched.Add($"{where} ({platform?.ToString() ?? "unknown platform"}, en): {said.En}");
                }
            }
        }

        Assert.True(stretched.Count == 0, "Douyin-only facts without the caveat:\n" + string.Join("\n", stretched));
    }

    [Fact]
    public void TheDepositWalkthrough_ForDouyin_StatesTheArticlesFacts()
    {
        var flow = new DialogTestClient().Knowledge.FindFlow("flow:deposit-refund")!;

        Assert.Contains("3-7 个工作日", flow.Step("status")!.Ask.For(Platform.Douyin).Zh, StringComparison.Ordinal);
        Assert.Contains("保证金管理", flow.Step("apply")!.Ask.For(Platform.Douyin).Zh, StringComparison.Ordinal);
        // The article says a banned account's deposit cannot be refunded, not "not the normal way".
        Assert.Contains("保证金将无法退回", flow.Step("banned")!.Outcome("yes")!.Say!.For(Platform.Douyin).Zh, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Where, PlatformText Text)> TextsOf(FlowDefinition flow)
    {
        if (flow.Intro is { } intro)
        {
            yield return ("intro", intro);
        }

        foreach (var step in flow.Steps)
        {
            yield return ($"step {step.Id}", step.Ask);
            foreach (var outcome in step.Answers)
            {
                foreach (var (kind, text) in new[] { ("say", outcome.Say), ("todo", outcome.Todo), ("blocker", outcome.Blocker) })
                {
                    if (text is not null)
                    {
                        yield return ($"step {step.Id}, answer '{outcome.Value}', {kind}", text);
                    }
                }
            }
        }

        if (flow.End.Say is { } end)
        {
            yield return ("end", end);
        }
    }
}
