using System.Net;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>
/// The rating after an agent resolved the chat: a rating in the merchant's words is taken and
/// stored with its comment, the thanks comes before the walkthrough goes on (so the step's buttons
/// stay last), and a reply that is none is asked about once, then let go.
/// </summary>
public class RatingTests : HandoffTestBase
{
    [Fact]
    public async Task RatedInWords_InTheMiddleOfAWalkthrough_ThanksFirstThenTheStep_AndStoresRatingAndComment()
    {
        var agent = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        foreach (var text in new[] { "注销店铺", "淘宝", "已完成", "转人工" })
        {
            await SayAsync(merchant, text);
        }

        var id = Assert.Single(await agent.HandoffsAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/agent/handoffs/{id}/claim")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/agent/handoffs/{id}/resolve")).StatusCode);
        await DirectLineClient.SettleAsync(Bot);
        var before = (await BotTextsAsync(merchant)).Count;

        await SayAsync(merchant, "非常满意，客服很耐心");

        var after = (await BotTextsAsync(merchant)).Skip(before).ToList();
        Assert.True(after.Count >= 2, string.Join(" | ", after));
        Assert.Contains("感谢您的评价", after[0], StringComparison.Ordinal);
        Assert.Contains("店铺资金", after[^1], StringComparison.Ordinal);
        var resolved = Assert.Single(await agent.HandoffsAsync("resolved"));
        Assert.Equal(5, resolved.GetProperty("rating").GetInt32());
        Assert.Equal("客服很耐心", resolved.GetProperty("ratingComment").GetString());
    }

    [Fact]
    public async Task NoRating_IsAskedOnceMore_ThenLetGo()
    {
        var agent = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await agent.HandoffsAsync()).GetProperty("id").GetString()!;
        (await agent.PostAsync($"/api/agent/handoffs/{id}/claim")).EnsureSuccessStatusCode();
        (await agent.PostAsync($"/api/agent/handoffs/{id}/resolve")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(Bot);

        await SayAsync(merchant, "嗯");
        Assert.Contains("1-5 的数字", (await BotTextsAsync(merchant))[^1], StringComparison.Ordinal);
        await SayAsync(merchant, "什么是仅退款");
        Assert.Contains("消费者购买商品后", (await BotTextsAsync(merchant))[^1], StringComparison.Ordinal);
        var resolved = Assert.Single(await agent.HandoffsAsync("resolved"));
        Assert.False(resolved.TryGetProperty("rating", out var rating) && rating.ValueKind != System.Text.Json.JsonValueKind.Null);
    }
}
