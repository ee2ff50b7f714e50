using System.Net;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>A ticket left when nobody is available, as the merchant and the agent meet it over Direct Line and the agent API.</summary>
public class TicketTests : HandoffTestBase
{
    [Fact]
    public async Task Ticket_LaterMessages_AreAddedToIt_MaskedForTheAgent()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice", online: false);
        var merchant = await LeaveTicketAsync();

        await SayAsync(merchant, "另外我的店铺ID是 88231，麻烦尽快");
        await SayAsync(merchant, "我的电话换成139 1234 5678了");

        var texts = await BotTextsAsync(merchant);
        Assert.Contains(texts, t => t.Contains("已把这条消息补充到您的留言", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("13912345678", StringComparison.Ordinal) && t.Contains("补充", StringComparison.Ordinal));
        var context = Assert.Single(await alice.HandoffsAsync()).GetProperty("context");
        Assert.Equal("139****5678", context.GetProperty("contact").GetString());
        Assert.Equal(["另外我的店铺ID是 88231，麻烦尽快", "我的电话换成139****5678了"], context.GetProperty("additions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Ticket_AskingForAHumanAgain_RemindsOfTheOpenTicketInsteadOfASecondOne()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice", online: false);
        var merchant = await LeaveTicketAsync();

        await SayAsync(merchant, "转人工");
        await SayAsync(merchant, "你们客服几点上班");

        var texts = await BotTextsAsync(merchant);
        Assert.Contains(texts, t => t.Contains("您已经留过言了", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("09:00–21:00", StringComparison.Ordinal) && t.Contains("客服会尽快联系您", StringComparison.Ordinal));
        Assert.Single(await alice.HandoffsAsync());
    }

    [Fact]
    public async Task Ticket_ClaimedByAnAgent_TheMerchantsRepliesGoToTheAgent_ThenBackToTheBot()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice", online: false);
        var merchant = await LeaveTicketAsync();
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/agent/handoffs/{id}/claim")).StatusCode);
        await DirectLineClient.SettleAsync(Bot);
        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/agent/handoffs/{id}/messages", new { text = "您好，我是小李，看到您的留言了。" })).StatusCode);
        var botRepliesBefore = (await BotTextsAsync(merchant)).Count;
        await SayAsync(merchant, "什么是仅退款");

        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("已接手您的留言", StringComparison.Ordinal));
        Assert.Equal(botRepliesBefore, (await BotTextsAsync(merchant)).Count);
        var transcript = await alice.GetJsonAsync($"/api/agent/handoffs/{id}/transcript");
        Assert.Contains(transcript.GetProperty("activities").EnumerateArray(), a => a.GetProperty("text").GetString() == "什么是仅退款");

        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/agent/handoffs/{id}/resolve")).StatusCode);
        await DirectLineClient.SettleAsync(Bot);
        await SayAsync(merchant, "什么是仅退款");
        var after = await BotTextsAsync(merchant);
        Assert.Contains(after, t => t.Contains("打分", StringComparison.Ordinal));
        Assert.Contains(after, t => t.Contains("消费者购买商品后", StringComparison.Ordinal));
    }

    // Nobody online: 转人工, a contact, a description, the summary submitted.
    private async Task<DirectLineClient> LeaveTicketAsync()
    {
        var merchant = await DirectLineClient.StartAsync(Bot);
        foreach (var text in new[] { "转人工", "13812345678", "保证金退款申请十天了还没到账", "提交" })
        {
            await SayAsync(merchant, text);
        }

        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("已为您登记留言工单", StringComparison.Ordinal));
        return merchant;
    }
}
