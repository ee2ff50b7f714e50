using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Dialogs;

/// <summary>
/// A third walkthrough added as one file (<c>flows/refund-only-appeal.yaml</c>, 仅退款申诉) to a copy
/// of the shipped FAQ, with no code: the engine asks the platform, its steps, pauses at its blocker,
/// hands over on its handoff branch and ends with its summary and buttons, all as the file says.
/// </summary>
public class ContentFlowTests
{
    private static readonly string[] PlatformButtons = ["抖音小店", "快手小店", "淘宝", "拼多多", "其他平台"];

    [Fact]
    public async Task NewWalkthroughFile_TypedAllTheWay_AsksEachStepResolvesTheBlockerAndSummarises()
    {
        await new TestFlow(NewClient())
            .Send("仅退款申诉")
            .AssertReply(r =>
            {
                Assert.Contains("哪个平台", r.Text, StringComparison.Ordinal);
                Assert.Equal(PlatformButtons, r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .Send("淘宝")
            .AssertReply("先保存好证据，再确认申诉的情况，最后在平台提交申诉")
            .AssertReply(r =>
            {
                Assert.Contains("第 1 步：和这笔仅退款有关的**证据**都保存好了吗？", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已保存", "还没有"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .Send("还没有")
            .AssertReply(r =>
            {
                // The blocker waits: what to do first, and the two ways on.
                Assert.Contains("建议先把证据保存好再申诉", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已处理好，继续", "稍后再来"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .Send("已处理好，继续")
            .AssertReply(r =>
            {
                Assert.Contains("第 2 步：您要申诉的是哪种情况？", r.Text, StringComparison.Ordinal);
                Assert.Equal(["买家恶意退款", "其他情况"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .Send("买家恶意退款")
            .AssertReply("可以向电商平台申诉")
            .AssertReply(r =>
            {
                Assert.Contains("第 3 步：在平台上提交申诉", r.Text, StringComparison.Ordinal);
                Assert.Contains("以平台规则为准", r.Text, StringComparison.Ordinal);
                Assert.Equal(["已提交", "还没有"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .Send("还没有")
            .AssertReply("准备好后在平台提交申诉，记得附上证据")
            .AssertReply(r =>
            {
                // The resolved blocker counts as done; the answer with a todo is what is left.
                Assert.Equal(
                    """
                    小结一下您的仅退款申诉：

                    - ✅ 保存与买家的沟通记录和订单信息
                    - ✅ 确认申诉的情况
                    - ⬜ 在平台提交申诉并附上证据
                    """,
                    r.Text);
            })
            .AssertReply(r =>
            {
                Assert.Contains("祝您申诉顺利", r.Text, StringComparison.Ordinal);
                Assert.Equal(["怎么减少仅退款", "买家申请仅退款怎么处理", "转人工"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task NewWalkthroughFile_BlockerLater_ListsItAsBlockedAndResumesThere()
    {
        await new TestFlow(NewClient())
            .Send("仅退款申诉").Send("拼多多")
            .Send("还没有")
            .AssertReply("建议先把证据保存好再申诉")
            .Send("稍后再来")
            .AssertReply(r => Assert.Equal(
                """
                小结一下您的仅退款申诉：

                - ⛔ 先保存好与买家的沟通记录和订单信息
                """,
                r.Text))
            .AssertReply("已为您保存仅退款申诉的进度")
            .AssertNoMoreReplies()
            .Send("仅退款申诉")
            .AssertReply("要从上次的步骤继续吗")
            .Send("继续办理")
            .AssertReply("我们继续")
            .AssertReply("第 1 步：和这笔仅退款有关的**证据**都保存好了吗？")
            .Send("已保存")
            .AssertReply("第 2 步：您要申诉的是哪种情况？")
            .StartTestAsync();
    }

    [Fact]
    public async Task NewWalkthroughFile_HandoffBranch_GoesToAHumanWithTheWalkthroughState()
    {
        var client = NewClient();
        client.Environment = new TurnEnvironment(AgentsAvailable: true, Sentiment: null, Urgent: false);
        await new TestFlow(client)
            .Send("仅退款申诉").Send("抖店")
            .Send("已保存")
            .Send("其他情况")
            .AssertReply("这种情况需要人工客服帮您具体看看")
            .StartTestAsync();

        // The agent sees the walkthrough written in the file, the step and the branch that sent the merchant.
        Assert.Equal(ConversationMode.WaitingForAgent, client.Data.Mode);
        var handoff = Assert.IsType<EnqueueHandoff>(Assert.Single(client.LastEffects));
        Assert.Equal(EscalationReason.Walkthrough, handoff.Reason);
        var walkthrough = handoff.Walkthrough!;
        Assert.Equal((TestWalkthroughs.RefundOnlyAppealId, "仅退款申诉", "situation", "refund-only-other"), (walkthrough.Flow, walkthrough.Name, walkthrough.Step, walkthrough.Branch));
        Assert.Equal("确认申诉的情况", walkthrough.StepLabel);
        Assert.Contains(walkthrough.Answers, a => a is { Step: "evidence", Answer: "已保存" });
        Assert.Contains(walkthrough.Answers, a => a is { Step: "situation", Answer: "其他情况" });
    }

    [Fact]
    public async Task NewWalkthroughFile_InEnglish_SpeaksItsEnglishTexts()
    {
        await new TestFlow(NewClient())
            .Send("Walk me through a refund-only appeal")
            .AssertReply("Which platform")
            .Send("Taobao")
            .AssertReply("first keep the evidence")
            .AssertReply(r =>
            {
                Assert.Contains("Step 1: have you kept the **evidence**", r.Text, StringComparison.Ordinal);
                Assert.Equal(["Kept", "Not yet"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("Kept")
            .AssertReply(r => Assert.Equal(["The buyer is claiming in bad faith", "Something else"], r.SuggestedActions!.Actions.Select(a => a.Title)))
            .StartTestAsync();
    }

    private static DialogTestClient NewClient() => DialogTestClient.ForFaq(TestWalkthroughs.ShippedFaqWithRefundOnlyAppeal());
}
