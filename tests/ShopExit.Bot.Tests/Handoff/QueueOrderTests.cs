using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>The queue an agent works: live chats (a merchant waiting in the chat) before tickets, each oldest first.</summary>
public class QueueOrderTests : HandoffTestBase
{
    [Fact]
    public async Task Waiting_LiveChatsComeBeforeAnOlderTicket()
    {
        // Nobody online yet: the first merchant leaves a ticket.
        var early = await DirectLineClient.StartAsync(Bot);
        foreach (var text in new[] { "转人工", "13800138000", "保证金被拒了不知道为什么", "提交" })
        {
            await SayAsync(early, text);
        }

        Clock.Now = Clock.Now.AddMinutes(8);
        var agent = await AgentClient.CreateAsync(Bot, "alice");
        var later = await DirectLineClient.StartAsync(Bot);
        await SayAsync(later, "转人工");

        var waiting = await agent.HandoffsAsync();
        Assert.Equal(["live", "ticket"], waiting.Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal(later.ConversationId, waiting[0].GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Waiting_AMerchantInAHurry_IsMarkedUrgentEvenWhenTheWordsAreNeutral()
    {
        var agent = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);

        await SayAsync(merchant, "麻烦快点，我急用钱，转人工");

        var sentiment = Assert.Single(await agent.HandoffsAsync()).GetProperty("sentiment");
        Assert.True(sentiment.GetProperty("urgent").GetBoolean());
    }

    [Fact]
    public async Task Waiting_EachCardQuotesWhatTheMerchantLastSaid_MaskedAndNotTheRequestForAHuman()
    {
        var agent = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);

        await SayAsync(merchant, "我的保证金三周了还没到，手机13812345678");
        await SayAsync(merchant, "转人工");
        await SayAsync(merchant, "好的");

        var card = Assert.Single(await agent.HandoffsAsync());
        Assert.Equal("我的保证金三周了还没到，手机138****5678", card.GetProperty("lastMessage").GetProperty("text").GetString());

        await SayAsync(merchant, new string('急', 500));
        var longer = Assert.Single(await agent.HandoffsAsync()).GetProperty("lastMessage").GetProperty("text").GetString()!;
        Assert.Equal(new string('急', 120) + "…", longer);
    }
}
