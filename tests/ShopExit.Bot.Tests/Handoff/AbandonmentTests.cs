using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>
/// Waiting chats whose merchant left (silent for Handoff:AbandonAfter, no chat page open) close
/// themselves, or become a ticket when the merchant wrote a contact; checked every 200 ms here.
/// </summary>
public class AbandonmentTests : HandoffTestBase
{
    public AbandonmentTests() => Settings["Handoff:AbandonCheckInterval"] = "00:00:00.2";

    [Fact]
    public async Task MerchantLeftWithoutAContact_TheChatClosesWithANote_AndTheBotIsBack()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "保证金退款三周了还没到，转人工");
        Assert.Single(await alice.HandoffsAsync());

        Clock.Now = Clock.Now.AddMinutes(31);
        // The sweep commits first; the event's turn, which tells the merchant, runs right after.
        await WaitUntilAsync(async () => (await BotTextsAsync(merchant)).Any(t => t.Contains("本次转人工已结束", StringComparison.Ordinal)));

        Assert.Empty(await alice.HandoffsAsync());
        Assert.Empty(await alice.HandoffsAsync("active"));
        await SayAsync(merchant, "什么是仅退款");
        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("消费者购买商品后", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MerchantLeftAfterWritingAPhoneNumber_TheChatBecomesATicket()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        await SayAsync(merchant, "保证金没退，我电话13812345678，有空回个电话");

        Clock.Now = Clock.Now.AddMinutes(31);
        await WaitUntilAsync(async () => (await BotTextsAsync(merchant)).Any(t => t.Contains("改为留言工单", StringComparison.Ordinal)));

        var ticket = Assert.Single(await alice.HandoffsAsync());
        var context = ticket.GetProperty("context");
        Assert.Equal("138****5678", context.GetProperty("contact").GetString());
        Assert.Equal("保证金没退，我电话138****5678，有空回个电话", context.GetProperty("description").GetString());
        var number = context.GetProperty("ticketNumber").GetString()!;
        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("改为留言工单", StringComparison.Ordinal) && t.Contains(number, StringComparison.Ordinal) && t.Contains("138\\*\\*\\*\\*5678", StringComparison.Ordinal));

        // The conversation is the bot's again, and what the merchant adds goes into the ticket.
        await SayAsync(merchant, "补充一下，店铺ID 88231");
        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("已把这条消息补充到您的留言", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MerchantStillTalkingOrPageOpen_TheChatKeepsWaiting()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var talking = await DirectLineClient.StartAsync(Bot);
        await SayAsync(talking, "转人工");
        var watching = await DirectLineClient.StartAsync(Bot);
        await SayAsync(watching, "转人工");
        using var stream = await Bot.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(Bot.Server.BaseAddress, $"/v3/directline/conversations/{watching.ConversationId}/stream?t={Uri.EscapeDataString(watching.Token)}"),
            CancellationToken.None);

        Clock.Now = Clock.Now.AddMinutes(25);
        await SayAsync(talking, "还要等多久啊");
        Clock.Now = Clock.Now.AddMinutes(10);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(2, (await alice.HandoffsAsync()).Count);
        Assert.DoesNotContain(await BotTextsAsync(talking), t => t.Contains("本次转人工已结束", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 100 && !await done(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await done(), "the sweep did not happen within 10 s");
    }
}
