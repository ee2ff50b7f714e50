using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

public class HandoffEdgeCaseTests : HandoffTestBase
{
    [Fact]
    public async Task ManyAgentMessages_BeforeTheMerchantWrites_TheConversationKeepsWorking()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = (await alice.HandoffsAsync())[0].GetProperty("id").GetString();
        await alice.PostAsync($"/api/agent/handoffs/{id}/claim");
        for (var i = 0; i < 70; i++)
        {
            (await alice.PostAsync($"/api/agent/handoffs/{id}/messages", new { text = $"第 {i} 条" })).EnsureSuccessStatusCode();
        }

        await SayAsync(merchant, "好的");
        await alice.PostAsync($"/api/agent/handoffs/{id}/resolve");
        await DirectLineClient.SettleAsync(Bot);

        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("人工客服已结束本次服务", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MerchantPostsAHandoffEvent_IsRefused400()
    {
        var merchant = await DirectLineClient.StartAsync(Bot);
        var forged = merchant.Request(HttpMethod.Post, $"/conversations/{merchant.ConversationId}/activities",
            content: new StringContent("""{"type":"event","name":"handoff.status","value":{"state":"accepted"}}""", Encoding.UTF8, "application/json"));

        var response = await merchant.Http.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnansweredLog_MasksPii()
    {
        var merchant = await DirectLineClient.StartAsync(Bot);

        await SayAsync(merchant, "我的手机13812345678 邮箱 zhang.san@example.com 座机138.1234.5678 小号1\u200B3\u200B9\u200B12345678 帮我查查天气");

        var logged = await Bot.Services.GetRequiredService<IUnansweredQuestionLog>().ListAsync(null, CancellationToken.None);
        var question = Assert.Single(logged).Question;
        Assert.DoesNotContain("13812345678", question, StringComparison.Ordinal);
        Assert.DoesNotContain("zhang.san@example.com", question, StringComparison.Ordinal);
        Assert.DoesNotContain("1234.5678", question, StringComparison.Ordinal);
        Assert.Contains("139****5678", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AccountWithAPasswordFromBeforeTheRules_StillWorksAndTheOperatorIsWarned()
    {
        await Bot.DisposeAsync();
        var bot = new LoggingBotFactory(time: Clock);
        Bot = bot;
        await bot.Services.GetRequiredService<IAgentStore>().UpsertAsync("old", "OLD", "agent", PasswordHasher.Hash("12345678"), CancellationToken.None);

        var login = await bot.CreateClient().PostAsJsonAsync(new Uri("/api/agent/token", UriKind.Relative), new { username = "old", password = "12345678" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(bot.Logged, e => e.Level == LogLevel.Warning && e.Message.Contains("Agent old", StringComparison.Ordinal) && e.Message.Contains("agent add", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logged, e => e.Message.Contains("12345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgentConsole_CannotBeFramedButTheChatCan()
    {
        var http = Bot.CreateClient();

        var console = await http.GetAsync(new Uri("/agent/", UriKind.Relative));
        var chat = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("frame-ancestors 'none'", console.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", chat.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemotedSupervisorOrNewPassword_OldTokenLosesItsRightsAtOnce()
    {
        var sue = await AgentClient.CreateAsync(Bot, "sue", "supervisor");
        Assert.Equal(HttpStatusCode.OK, (await sue.Http.GetAsync(new Uri("/api/agent/stats", UriKind.Relative))).StatusCode);

        await ShopExit.Bot.Commands.CommandLine.RunAsync(["agent", "add", "sue", "--role", "agent", $"--ShopExit:DataDirectory={Bot.DataDirectory}"], new StringReader(AgentClient.Password + "\n"), TextWriter.Null, TextWriter.Null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await sue.Http.GetAsync(new Uri("/api/agent/stats", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Escalation_ProcessStopsBeforeAnyNotification_HandoffIsQueuedOnceAfterRestart()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var dataDirectory = Bot.DataDirectory;
        await Bot.DisposeAsync();

        // A bot whose notifications never go out: as if the process died right after the turn's commit.
        Bot = new SilentBotFactory(Clock, dataDirectory);
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        await Bot.DisposeAsync();

        Bot = new BotFactory(time: Clock, dataDirectory: dataDirectory);
        var again = merchant.WithHttp(Bot.CreateClient());
        alice = alice.Reconnect(Bot);
        var waiting = (await alice.HandoffsAsync()).Where(h => h.GetProperty("conversationId").GetString() == merchant.ConversationId).ToList();
        var handoff = Assert.Single(waiting);
        var (activities, _) = await again.GetActivitiesAsync();
        Assert.Single(activities, a => a.TryGetProperty("name", out var name) && name.GetString() == "handoff.initiate");
        Assert.Single(await BotTextsAsync(again), t => t.Contains("排在第 1 位", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/agent/handoffs/{handoff.GetProperty("id").GetString()}/claim")).StatusCode);
        await DirectLineClient.SettleAsync(Bot);
        Assert.Contains(await BotTextsAsync(again), t => t.Contains("已接入", StringComparison.Ordinal));
    }

    private sealed class SilentBotFactory(TimeProvider time, string dataDirectory) : BotFactory(time: time, dataDirectory: dataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.RemoveAll<ITurnObserver>());
        }
    }
}
