using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Conversations;

/// <summary>
/// 稍后再来 at a blocker, and back two days later: the page's expired token is refreshed (the
/// resume window), and 继续 asks the blocked item again in the same conversation, over Direct Line.
/// </summary>
public class WalkthroughDaysLaterTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private BotFactory _bot = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotFactory(time: _clock);
        _client = await DirectLineClient.StartAsync(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task BlockerLeftForLater_TwoDaysLater_TheSameConversationResumesAtThatItem()
    {
        foreach (var text in new[] { "注销店铺", "淘宝", "已完成", "还没有", "稍后再来" })
        {
            await _client.PostTextAsync(text);
            await DirectLineClient.SettleAsync(_bot);
        }

        var (before, watermark) = await _client.GetActivitiesAsync();
        Assert.Contains("已为您保存店铺注销的进度", DirectLineClient.TextOf(before[^1]), StringComparison.Ordinal);

        _clock.Now = _clock.Now.AddDays(2);
        var refreshed = await _client.Http.SendAsync(_client.Request(HttpMethod.Post, "/tokens/refresh", _client.Token));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var token = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var back = _client.WithToken(_client.ConversationId, token);

        await back.PostTextAsync("继续");
        await DirectLineClient.SettleAsync(_bot);
        var (after, _) = await back.GetActivitiesAsync(watermark);
        var replies = after.Where(a => DirectLineClient.RoleOf(a) == "bot").Select(DirectLineClient.TextOf).ToList();
        Assert.Contains(replies, r => r.Contains("我们继续", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("店铺资金", StringComparison.Ordinal));

        await back.PostTextAsync("已完成");
        await DirectLineClient.SettleAsync(_bot);
        var (last, _) = await back.GetActivitiesAsync(watermark);
        Assert.Contains("备份", DirectLineClient.TextOf(last[^1]), StringComparison.Ordinal);
    }
}
