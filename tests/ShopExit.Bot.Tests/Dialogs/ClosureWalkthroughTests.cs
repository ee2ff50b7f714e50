using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Tests.Support;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Tests.Dialogs;

public class ClosureWalkthroughTests
{
    [Fact]
    public async Task Walkthrough_AllTheWay_SummarisesAndOffersTheDepositRefund()
    {
        await new TestFlow()
            .Send("店铺注销")
            .AssertReply(r =>
            {
                Assert.Contains("哪个平台", r.Text, StringComparison.Ordinal);
                Assert.Equal(["抖音小店", "快手小店", "淘宝", "拼多多", "其他平台"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("抖店")
            .AssertReply("三项准备")
            .AssertReply(r =>
            {
                Assert.Contains("未完成的订单和纠纷", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已完成", "还没有"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("已完成")
            .AssertReply("店铺资金")
            .AssertNoMoreReplies()
            .Send("还没有")
            .AssertReply(r =>
            {
                // A blocker pauses: what to do, and the two ways on; the next item waits.
                Assert.Contains("全部提现", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已处理好，继续", "稍后再来"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .Send("已处理好，继续")
            .AssertReply("备份")
            .Send("是的")
            .AssertReply(r =>
            {
                Assert.Contains("店铺管理", r.Text, StringComparison.Ordinal);
                Assert.Contains("注销店铺", r.Text, StringComparison.Ordinal);
                Assert.Contains("安全中心", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已提交", "还没有"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("已提交")
            .AssertReply("联系客服确认")
            .AssertReply(r =>
            {
                Assert.Contains("- ✅ 处理完未完成的订单和纠纷", r.Text, StringComparison.Ordinal);
                Assert.Contains("- ✅ 清空店铺资金并提现", r.Text, StringComparison.Ordinal);
                Assert.Contains("- ✅ 按步骤提交注销申请", r.Text, StringComparison.Ordinal);
                Assert.Contains("- ⬜ 联系平台客服确认注销已生效", r.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("—", r.Text, StringComparison.Ordinal);
            })
            .AssertReply(r =>
            {
                // The end offers what comes next as buttons.
                Assert.Contains("保证金", r.Text, StringComparison.Ordinal);
                Assert.Equal(["保证金退款", "怎么确认店铺注销成功了", "转人工"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("要")
            .AssertReply("保证金退款")
            .AssertReply("被封禁")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_PlatformAlreadyKnown_IsNotAskedAgain()
    {
        await new TestFlow()
            .Send("快手小店怎么注销")
            .AssertReply("三项准备")
            .AssertReply("未完成的订单")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_PlatformByOrdinal_IsUnderstood()
    {
        var flow = new TestFlow().Send("店铺注销").Send("第三个").AssertReply("三项准备");

        await flow.StartTestAsync();

        Assert.Equal(Platform.Taobao, flow.Client.Data.Platform);
    }

    [Fact]
    public async Task Walkthrough_FaqQuestionInTheMiddle_IsAnsweredThenResumesAtTheSameStep()
    {
        var flow = new TestFlow();
        var reopen = flow.Client.Knowledge.Find("closure-reopen")!.Answer.Zh.Trim();

        await flow
            .Send("店铺注销").Send("淘宝").Send("已完成")
            .AssertReply("店铺资金")
            .Send("注销以后店铺还能重新开吗")
            .AssertReply(r => Assert.Equal(reopen, r.Text))
            .AssertReply("我们继续")
            .AssertReply("店铺资金")
            .AssertNoMoreReplies()
            .Send("已完成")
            .AssertReply("备份")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_Back_AsksThePreviousQuestionAgain()
    {
        await new TestFlow()
            .Send("店铺注销").Send("淘宝").Send("已完成")
            .AssertReply("店铺资金")
            .Send("上一步")
            .AssertReply("未完成的订单和纠纷")
            .AssertNoMoreReplies()
            .Send("还没有")
            .AssertReply("建议先处理完")
            .AssertNoMoreReplies()
            .Send("上一步")
            .AssertReply("未完成的订单和纠纷")
            .Send("上一步")
            .AssertReply("哪个平台")
            .Send("上一步")
            .AssertReply("已经是第一步")
            .AssertReply("哪个平台")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_BackOnTheFirstQuestion_SaysSo()
    {
        await new TestFlow()
            .Send("店铺注销")
            .Send("上一步")
            .AssertReply("已经是第一步")
            .AssertReply("哪个平台")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_Cancel_EndsItAndTheNextMessageIsRoutedAgain()
    {
        var flow = new TestFlow();
        await flow
            .Send("店铺注销").Send("淘宝")
            .Send("取消")
            .AssertReply("已退出店铺注销引导（您在平台上的申请不受影响）")
            .AssertNoMoreReplies()
            .Send("什么是仅退款")
            .AssertReply(r => Assert.Equal(flow.Client.Knowledge.Find("refund-only-what")!.Answer.Zh.Trim(), r.Text))
            .StartTestAsync();

        Assert.Equal([DialogIds.Main], flow.Client.Data.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public async Task Walkthrough_Restart_StartsFromTheTop()
    {
        await new TestFlow()
            .Send("店铺注销").Send("淘宝").Send("已完成").Send("已完成")
            .AssertReply("备份")
            .Send("重新开始")
            .AssertReply("重新开始店铺注销")
            .AssertReply("哪个平台")
            .Send("快手")
            .AssertReply("未完成的订单")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_BlockerLater_SavesItThereAndResumesAtThatQuestion()
    {
        var flow = new TestFlow();
        await flow
            .Send("店铺注销").Send("淘宝").Send("已完成")
            .Send("还没有")
            .AssertReply("全部提现")
            .Send("稍后再来")
            .AssertReply(r =>
            {
                Assert.Contains("- ✅ 处理完未完成的订单和纠纷", r.Text, StringComparison.Ordinal);
                Assert.Contains("- ⛔ 先把店铺余额全部提现", r.Text, StringComparison.Ordinal);
            })
            .AssertReply(r =>
            {
                Assert.Contains("已为您保存店铺注销的进度", r.Text, StringComparison.Ordinal);
                Assert.Equal(["继续办理", "转人工"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.NotNull(flow.Client.Data.PausedWalkthrough);
        await new TestFlow(flow.Client)
            .Send("继续")
            .AssertReply("我们继续")
            .AssertReply("店铺资金")
            .Send("已完成")
            .AssertReply("备份")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_ContinueAtABlocker_MeansItIsResolved()
    {
        await new TestFlow()
            .Send("店铺注销").Send("淘宝")
            .Send("还没有")
            .AssertReply("建议先处理完")
            .Send("继续")
            .AssertReply("店铺资金")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_PlatformNamedInTheMiddle_ChangesItOnceConfirmed()
    {
        var flow = new TestFlow();
        await flow
            .Send("店铺注销").Send("淘宝").Send("已完成")
            .AssertReply("店铺资金")
            .Send("快手小店")
            .AssertReply(r =>
            {
                Assert.Contains("要把店铺平台改为快手小店吗", r.Text, StringComparison.Ordinal);
                Assert.Equal(["是", "否"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("是")
            .AssertReply("平台已改为快手小店")
            .AssertReply("店铺资金")
            .StartTestAsync();

        Assert.Equal(Platform.Kuaishou, flow.Client.Data.Platform);
        await new TestFlow(flow.Client)
            .Send("换平台")
            .AssertReply("哪个平台")
            .Send("拼多多")
            .AssertReply("店铺资金")
            .StartTestAsync();
        Assert.Equal(Platform.Pinduoduo, flow.Client.Data.Platform);
    }

    [Fact]
    public async Task Walkthrough_AngryInTheMiddle_ApologisesOffersAHumanThenAsksAgain()
    {
        var client = new DialogTestClient { Environment = new TurnEnvironment(true, new SentimentSummary("Negative", -0.9), false) };
        await new TestFlow(client)
            .Send("店铺注销").Send("淘宝").Send("已完成")
            .AssertReply("店铺资金")
            .Send("气死了，钱提不出来，你们这什么破系统！！")
            .AssertReply("抱歉")
            .AssertReply("我们继续")
            .AssertReply(r =>
            {
                // Web Chat shows only the last message's buttons: the human rides on the question.
                Assert.Contains("店铺资金", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已完成", "还没有", "转人工"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_PauseThenContinue_ResumesAtTheSameStep()
    {
        var flow = new TestFlow();
        await flow
            .Send("店铺注销").Send("淘宝").Send("已完成")
            .AssertReply("店铺资金")
            .Send("暂停")
            .AssertReply("已为您保存店铺注销的进度")
            .Send("什么是仅退款")
            .AssertReply("仅退款")
            .Send("继续")
            .AssertReply("我们继续")
            .AssertReply("店铺资金")
            .Send("已完成")
            .AssertReply("备份")
            .StartTestAsync();

        Assert.Null(flow.Client.Data.PausedWalkthrough);
    }

    [Fact]
    public async Task Walkthrough_StartedAgainWhilePaused_OffersToResume()
    {
        await new TestFlow()
            .Send("店铺注销").Send("淘宝").Send("已完成")
            .Send("暂停")
            .Send("店铺注销")
            .AssertReply(r =>
            {
                Assert.Contains("要从上次的步骤继续吗", r.Text, StringComparison.Ordinal);
                Assert.Equal(["继续办理", "从头开始"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("继续办理")
            .AssertReply("我们继续")
            .AssertReply("店铺资金")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_UnclearAnswer_HintsTheRepliesItUnderstands()
    {
        await new TestFlow()
            .Send("店铺注销").Send("淘宝")
            .Send("嗯……这个怎么说呢")
            .AssertReply(r =>
            {
                Assert.Contains("「已完成」或「还没有」", r.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("未完成的订单", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已完成", "还没有"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_InEnglish_SpeaksEnglish()
    {
        await new TestFlow()
            .Send("Close my shop")
            .AssertReply("Which platform")
            .Send("Taobao")
            .AssertReply("three things to prepare")
            .AssertReply(r => Assert.Equal(["Done", "Not yet"], r.SuggestedActions!.Actions.Select(a => a.Title)))
            .Send("yes")
            .AssertReply("withdrawn all shop funds")
            .StartTestAsync();
    }
}
