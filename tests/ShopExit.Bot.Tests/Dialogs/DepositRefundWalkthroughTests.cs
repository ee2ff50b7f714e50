using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Dialogs;

public class DepositRefundWalkthroughTests
{
    [Fact]
    public async Task Walkthrough_Rejected_ExplainsResubmittingAndSummarises()
    {
        await new TestFlow()
            .Send("保证金退款")
            .AssertReply("哪个平台")
            .Send("抖音小店")
            .AssertReply("没有任何纠纷或违规")
            .AssertReply("被封禁")
            .Send("没有")
            .AssertReply("未处理的交易纠纷")
            .Send("没有")
            .AssertReply(r =>
            {
                Assert.Contains("保证金管理", r.Text, StringComparison.Ordinal);
                Assert.Contains("退还", r.Text, StringComparison.Ordinal);
                Assert.Contains("抖音小店官网", r.Text, StringComparison.Ordinal);
            })
            .Send("已提交")
            .AssertReply(r =>
            {
                Assert.Contains("3-7 个工作日", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已经到账", "还在审核", "申请被拒绝", "金额不对"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("申请被拒绝")
            .AssertReply("重新提交")
            .AssertReply(r =>
            {
                // Built from what was answered: the rejection is what is left to do.
                Assert.Contains("- ✅ 确认账户没有纠纷和违规", r.Text, StringComparison.Ordinal);
                Assert.Contains("- ✅ 提交保证金退款申请", r.Text, StringComparison.Ordinal);
                Assert.Contains("- ⬜ 根据拒绝原因修改后重新提交申请", r.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("确认保证金已退回", r.Text, StringComparison.Ordinal);
            })
            .AssertReply(r =>
            {
                Assert.Contains("祝您退款顺利", r.Text, StringComparison.Ordinal);
                Assert.Contains("转人工", r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_Arrived_TellsHowToConfirmTheMoney()
    {
        await new TestFlow()
            .Send("我想退保证金").Send("拼多多").Send("不是").Send("没有").Send("已提交")
            .Send("已经到账")
            .AssertReply("余额增加")
            .AssertReply("- ✅ 确认保证金已退回")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_OtherPlatform_SaysTheStepsComeFromDouyin()
    {
        await new TestFlow()
            .Send("保证金退款").Send("淘宝").Send("否").Send("否")
            .AssertReply("以平台规则为准")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_BannedAccount_GoesToAHumanWithTheWalkthroughState()
    {
        var client = new DialogTestClient { Environment = new TurnEnvironment(true, null, false) };
        var flow = new TestFlow(client);
        await flow
            .Send("保证金退款").Send("抖店")
            .Send("是的，被封了")
            .AssertReply("保证金将无法退回")
            .StartTestAsync();

        // The agent sees which walkthrough, where and which branch sent the merchant, with the answers.
        Assert.Equal(ConversationMode.WaitingForAgent, client.Data.Mode);
        var handoff = Assert.IsType<EnqueueHandoff>(Assert.Single(client.LastEffects));
        Assert.Equal(EscalationReason.Walkthrough, handoff.Reason);
        var walkthrough = handoff.Walkthrough!;
        Assert.Equal(("flow:deposit-refund", "保证金退款", "banned", "banned-account"), (walkthrough.Flow, walkthrough.Name, walkthrough.Step, walkthrough.Branch));
        Assert.Equal("确认账户没有被封禁", walkthrough.StepLabel);
        Assert.Contains(walkthrough.Answers, a => a is { Step: "banned", Answer: "是" });
        Assert.Contains(walkthrough.Answers, a => a is { Step: "platform", Answer: "抖音小店" });
    }

    [Fact]
    public async Task Walkthrough_BannedAccountAndNobodyAvailable_TakesATicket()
    {
        await new TestFlow()
            .Send("保证金退款").Send("抖店")
            .Send("是的，被封了")
            .AssertReply("保证金将无法退回")
            .AssertReply("现在没有人工客服在线")
            .AssertReply("联系方式")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_OpenDisputes_ExplainsThemFirst()
    {
        await new TestFlow()
            .Send("保证金退款").Send("抖店").Send("没有")
            .Send("有的")
            .AssertReply(r =>
            {
                Assert.Contains("违规行为和交易纠纷都会导致退款失败", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已处理好，继续", "稍后再来"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .Send("稍后再来")
            .AssertReply("- ⛔ 先处理完交易纠纷和违规，再申请退款")
            .AssertReply("已为您保存保证金退款的进度")
            .Send("保证金退款")
            .AssertReply("要从上次的步骤继续吗")
            .Send("继续办理")
            .AssertReply("我们继续")
            .AssertReply("未处理的交易纠纷")
            .Send("没有了")
            .AssertReply("保证金管理")
            .StartTestAsync();
    }

    [Fact]
    public async Task Walkthrough_OtherWalkthroughAskedFor_IsOfferedAndTheCurrentOneKept()
    {
        var flow = new TestFlow();
        await flow
            .Send("保证金退款").Send("抖店")
            .Send("我要注销店铺")
            .AssertReply(r =>
            {
                Assert.Contains("您正在办理保证金退款。要先去办理店铺注销吗", r.Text, StringComparison.Ordinal);
                Assert.Equal(["先办理店铺注销", "继续保证金退款"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("继续保证金退款")
            .AssertReply("被封禁")
            .Send("我要注销店铺")
            .Send("先办理店铺注销")
            .AssertReply("已为您保存保证金退款的进度")
            .AssertReply("三项准备")
            .AssertReply("未完成的订单和纠纷")
            .StartTestAsync();

        Assert.Equal("flow:deposit-refund", flow.Client.Data.PausedWalkthrough!.Id);
    }
}
