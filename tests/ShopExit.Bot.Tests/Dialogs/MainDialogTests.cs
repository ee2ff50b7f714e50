using System.Text.Json.Nodes;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Tests.Support;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Tests.Dialogs;

public class MainDialogTests
{
    [Fact]
    public async Task Start_Welcome_OffersTheFourMenuButtons()
    {
        var client = new DialogTestClient();

        var welcome = Assert.Single(await client.StartAsync());

        Assert.Contains("您好", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(["店铺注销", "保证金退款", "常见问题", "转人工"], welcome.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Send_FaqQuestion_AnswersWithFollowupButtons()
    {
        var client = new DialogTestClient();

        var reply = Assert.Single(await client.SendAsync("店铺注销以后还能重新开吗"));

        var entry = client.Knowledge.Find("closure-reopen")!;
        Assert.Equal(entry.Answer.Zh.Trim(), reply.Text);
        // A walkthrough is offered by its name, an item by its first question.
        var titles = entry.Followups.Select(f => client.Knowledge.FindFlow(f)?.Name.Zh ?? client.Knowledge.Find(f)!.TitleFor("zh-CN"));
        Assert.Equal(titles, reply.SuggestedActions?.Actions.Select(a => a.Title) ?? []);
        Assert.Equal("closure-reopen", client.Data.ShownAnswers.Single().Id);
    }

    [Fact]
    public async Task Send_SameQuestionAgainAfterAnother_ListsEachShownAnswerOnce_LastShownLast()
    {
        var client = new DialogTestClient();

        await client.SendAsync("店铺注销以后还能重新开吗");
        await client.SendAsync("保证金退款怎么还没到账");
        await client.SendAsync("店铺注销以后还能重新开吗");

        // What an agent is handed: the entries the bot showed, not a copy per time.
        Assert.Equal(["deposit-refund-delay", "closure-reopen"], client.Data.ShownAnswers.Select(a => a.Id));
    }

    [Fact]
    public async Task Send_FollowupButtonTitle_AnswersThatItem()
    {
        var client = new DialogTestClient();
        var first = Assert.Single(await client.SendAsync("店铺注销以后还能重新开吗"));
        var button = first.SuggestedActions!.Actions[0];

        var second = await client.SendAsync(button.Value!.Value.GetString()!);

        Assert.NotEmpty(second);
        Assert.NotEqual(first.Text, second[0].Text);
    }

    [Fact]
    public async Task Send_EnglishQuestion_AnswersInEnglish()
    {
        var client = new DialogTestClient();

        var reply = Assert.Single(await client.SendAsync("How long does a deposit refund take?"));

        Assert.Equal(client.Knowledge.Find("deposit-refund-delay")!.Answer.En.Trim(), reply.Text);
        Assert.Equal("en", client.Data.Locale);
    }

    [Fact]
    public async Task Send_PlatformVariant_IsUsedWhenThePlatformIsKnown()
    {
        var client = new DialogTestClient();
        var entry = client.Knowledge.Content.Entries.First(e => e.PlatformAnswers.ContainsKey(Platform.Douyin));

        var reply = Assert.Single(await client.SendAsync("抖店" + entry.Questions[0].Text));

        Assert.Equal(entry.PlatformAnswers[Platform.Douyin].Zh.Trim(), reply.Text);
        Assert.Equal(Platform.Douyin, client.Data.Platform);
    }

    [Fact]
    public async Task Send_TwoFallbacksInARow_OffersAHuman()
    {
        var client = new DialogTestClient();

        var first = Assert.Single(await client.SendAsync("今天杭州天气怎么样"));
        var second = Assert.Single(await client.SendAsync("给我写一首关于大海的诗"));

        Assert.Contains("没能理解", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("转人工", first.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Contains("转人工", second.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(2, client.Unanswered.Questions.Count);
    }

    [Fact]
    public async Task Send_AnswerAfterAFallback_ResetsTheCount()
    {
        var client = new DialogTestClient();

        await client.SendAsync("今天杭州天气怎么样");
        await client.SendAsync("什么是仅退款");
        var reply = Assert.Single(await client.SendAsync("给我写一首关于大海的诗"));

        Assert.DoesNotContain("转人工", reply.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Send_CloseCandidates_ClarifiesWithButtons()
    {
        // 退款 alone names the refund topic: the shipped content's refund items are all close.
        var client = new DialogTestClient();

        var reply = Assert.Single(await client.SendAsync("退款"));

        Assert.Contains("您是想问", reply.Text, StringComparison.Ordinal);
        var titles = reply.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.InRange(titles.Count, 3, 4);
        Assert.Equal("都不是", titles[^1]);
        Assert.Equal("clarify", Assert.Single(client.Unanswered.Questions).Decision);
    }

    [Fact]
    public async Task Send_CommonQuestionsButton_ListsQuestions()
    {
        var client = new DialogTestClient();

        var reply = Assert.Single(await client.SendAsync("常见问题"));

        Assert.True(reply.SuggestedActions!.Actions.Count >= 5);
    }

    [Fact]
    public async Task Send_AskForHumanWithNobodyAvailable_SaysSoAndTakesATicket()
    {
        var client = new DialogTestClient();

        var replies = await client.SendAsync("转人工");

        Assert.Contains("现在没有人工客服在线", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("联系方式", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(ConversationMode.Bot, client.Data.Mode);
        var contact = await client.SendAsync("merchant@example.com");
        Assert.Contains("描述", Assert.Single(contact).Text, StringComparison.Ordinal);
        var summary = await client.SendAsync("保证金三周没到账");
        Assert.Contains("请确认您的留言", Assert.Single(summary).Text, StringComparison.Ordinal);
        Assert.Empty(client.LastEffects);
        await client.SendAsync("提交");
        var ticket = Assert.IsType<EnqueueHandoff>(Assert.Single(client.LastEffects));
        Assert.Equal((HandoffKind.Ticket, "merchant@example.com", "保证金三周没到账"), (ticket.Kind, ticket.Contact, ticket.Description));
    }

    [Fact]
    public async Task Send_AskForHumanWithAnAgentAvailable_WaitsForTheAgentAndStaysSilent()
    {
        var client = new DialogTestClient { Environment = new TurnEnvironment(true, null, false) };

        await client.SendAsync("我要找人工客服");
        var whileWaiting = await client.SendAsync("什么是仅退款");

        Assert.Equal(ConversationMode.WaitingForAgent, client.Data.Mode);
        Assert.Empty(whileWaiting);
    }

    [Fact]
    public async Task Send_AngryMessage_OffersAHuman()
    {
        var client = new DialogTestClient { Environment = new TurnEnvironment(true, new SentimentSummary("Negative", -0.9), false) };

        var replies = await client.SendAsync("保证金退款到底要多久！！！");

        Assert.Contains("转人工", replies[^1].SuggestedActions!.Actions.Select(a => a.Title));
        await client.SendAsync("转人工");
        Assert.Equal(EscalationReason.Sentiment, Assert.IsType<EnqueueHandoff>(Assert.Single(client.LastEffects)).Reason);
    }

    [Fact]
    public async Task Send_WalkthroughSavedByTheWaterfallRelease_ResetsPolitely()
    {
        // A conversation stored in the middle of the closure before walkthroughs were content: its
        // inner stack is the old waterfall ("steps", by index) under a waiting prompt.
        var options = JsonNode.Parse("""
            {"name": "closure.prep.balance", "prompt": {"type": "message", "text": "第 2 项：店铺资金都提现了吗？"},
             "choices": [{"value": "yes", "synonyms": ["已完成"], "title": "已完成"}, {"value": "no", "synonyms": ["还没有"], "title": "还没有"}]}
            """);
        var prompt = new DialogInstance { Id = "confirm", State = new JsonObject { ["options"] = options, ["attempts"] = 0 } };
        var waterfall = new DialogInstance { Id = "steps", State = new JsonObject { ["stepIndex"] = 2 } };
        var data = new ConversationData
        {
            DialogStack = [new DialogInstance { Id = DialogIds.Closure, InnerStack = [prompt, waterfall] }, new DialogInstance { Id = "main" }],
        };
        var client = new DialogTestClient(data: data);

        var reply = Assert.Single(await client.SendAsync("已完成"));

        Assert.Contains("从头开始", reply.Text, StringComparison.Ordinal);
        Assert.Empty(client.Data.DialogStack);
        var next = await client.SendAsync("注销店铺");
        Assert.Contains(next, r => r.Text!.Contains("哪个平台", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_StackWithADialogThatNoLongerExists_ResetsPolitely()
    {
        var data = new ConversationData
        {
            DialogStack = [new DialogInstance { Id = "flow:renamed-in-a-later-release" }, new DialogInstance { Id = "main" }],
        };
        var client = new DialogTestClient(data: data);

        var reply = Assert.Single(await client.SendAsync("是"));

        Assert.Contains("从头开始", reply.Text, StringComparison.Ordinal);
        Assert.Empty(client.Data.DialogStack);
        var next = Assert.Single(await client.SendAsync("什么是仅退款"));
        Assert.Equal(client.Knowledge.Find("refund-only-what")!.Answer.Zh.Trim(), next.Text);
    }
}
