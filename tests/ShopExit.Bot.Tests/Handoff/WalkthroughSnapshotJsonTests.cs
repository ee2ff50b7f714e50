using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>A handoff stored before walkthroughs were content still reads: the queue lists it with what it knew.</summary>
public class WalkthroughSnapshotJsonTests
{
    [Fact]
    public void Read_TheEarlierLayout_KeepsTheFlowTheStepAndTheAnswers()
    {
        const string stored = """{"reason":"topic","platform":"Douyin","walkthrough":{"flow":"flow:deposit-refund","step":2,"answers":{"banned":"true","platform":"\"Douyin\""}},"faqShown":[]}""";

        var context = JsonSerializer.Deserialize<HandoffContext>(stored, ActivityJson.Options)!;

        var walkthrough = context.Walkthrough!;
        Assert.Equal(("flow:deposit-refund", 3), (walkthrough.Flow, walkthrough.StepNumber));
        Assert.Contains(walkthrough.Answers, a => a is { Step: "banned", Answer: "true" });
    }

    [Fact]
    public void WriteThenRead_TheCurrentLayout_IsTheSame()
    {
        var snapshot = new WalkthroughSnapshot("flow:closure", "店铺注销", "balance", "清空店铺资金并提现", 2, 5, true, null,
            [new WalkthroughAnswer("orders", "处理完未完成的订单和纠纷", "已完成", "done")]);

        var json = JsonSerializer.Serialize(snapshot, ActivityJson.Options);
        var back = JsonSerializer.Deserialize<WalkthroughSnapshot>(json, ActivityJson.Options)!;

        Assert.Contains("\"stepLabel\":\"清空店铺资金并提现\"", json, StringComparison.Ordinal);
        Assert.Equal(snapshot with { Answers = [] }, back with { Answers = [] });
        Assert.Equal(snapshot.Answers, back.Answers);
    }
}
