using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

public class HandoffTests : HandoffTestBase
{
    [Fact]
    public async Task Handoff_FullJourney_QueueClaimChatResolveRate()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "保证金退款多久到账");

        await SayAsync(merchant, "转人工");
        var texts = await BotTextsAsync(merchant);
        Assert.Contains(texts, t => t.Contains("排在第 1 位", StringComparison.Ordinal));

        var handoff = Assert.Single(await alice.HandoffsAsync());
        Assert.Equal("requested", handoff.GetProperty("reason").GetString());
        Assert.Equal("deposit-refund-delay", handoff.GetProperty("context").GetProperty("faqShown")[0].GetProperty("id").GetString());
        var id = handoff.GetProperty("id").GetString()!;

        await SayAsync(merchant, "我的保证金三周了还没到");
        Assert.DoesNotContain(await BotTextsAsync(merchant), t => t.Contains("3-7", StringComparison.Ordinal) && t.Contains("三周", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/agent/handoffs/{id}/claim")).StatusCode);
        await DirectLineClient.SettleAsync(Bot);
        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("人工客服 ALICE 已接入", StringComparison.Ordinal));

        var sent = await alice.PostAsync($"/api/agent/handoffs/{id}/messages", new { text = "您好，我来帮您查一下。" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var (activities, _) = await merchant.GetActivitiesAsync();
        var fromAgent = activities.Last(a => DirectLineClient.TextOf(a) == "您好，我来帮您查一下。");
        Assert.Equal("agent:alice", fromAgent.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("ALICE", fromAgent.GetProperty("from").GetProperty("name").GetString());

        var botRepliesBefore = (await BotTextsAsync(merchant)).Count;
        await SayAsync(merchant, "什么是仅退款");
        Assert.Equal(botRepliesBefore, (await BotTextsAsync(merchant)).Count);
        var transcript = await alice.GetJsonAsync($"/api/agent/handoffs/{id}/transcript");
        Assert.Contains(transcript.GetProperty("activities").EnumerateArray(), a => a.GetProperty("text").GetString() == "什么是仅退款" && a.GetProperty("from").GetProperty("role").GetString() == "user");

        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/agent/handoffs/{id}/resolve")).StatusCode);
        await DirectLineClient.SettleAsync(Bot);
        var after = await BotTextsAsync(merchant);
        Assert.Contains(after, t => t.Contains("人工客服已结束本次服务", StringComparison.Ordinal));
        Assert.Contains(after, t => t.Contains("打分", StringComparison.Ordinal));

        await SayAsync(merchant, "5");
        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("感谢您的评价", StringComparison.Ordinal));
        var resolved = Assert.Single(await alice.HandoffsAsync("resolved"));
        Assert.Equal(5, resolved.GetProperty("rating").GetInt32());

        await SayAsync(merchant, "什么是仅退款");
        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("消费者购买商品后", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Claim_AgentNamedLikeMarkup_MerchantSeesTheNameNotAnElement()
    {
        // An operator may name an agent anything; the bot's Markdown message must show it as text.
        var agent = await AgentClient.CreateAsync(Bot, "mallory", displayName: "<img src=x onerror=alert(1)> **[小王](javascript:x)**");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await agent.HandoffsAsync()).GetProperty("id").GetString()!;

        (await agent.PostAsync($"/api/agent/handoffs/{id}/claim")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(Bot);

        var accepted = Assert.Single(await BotTextsAsync(merchant), t => t.Contains("已接入", StringComparison.Ordinal));
        Assert.Contains(@"\<img src=x onerror=alert\(1\)\> \*\*\[小王\]\(javascript:x\)\*\*", accepted, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)[<>\[\]()*]", accepted);
    }

    [Fact]
    public async Task Transfer_ToYourselfOrToAnAgentNotOnline_IsRefused_AndTheMerchantHearsNothing()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var carol = await AgentClient.CreateAsync(Bot, "carol", online: false);
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString()!;
        (await alice.PostAsync($"/api/agent/handoffs/{id}/claim")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(Bot);
        var before = await BotTextsAsync(merchant);

        var toSelf = await alice.PostAsync($"/api/agent/handoffs/{id}/transfer", new { to = "alice" });
        var toOffline = await alice.PostAsync($"/api/agent/handoffs/{id}/transfer", new { to = carol.Username });
        await DirectLineClient.SettleAsync(Bot);

        Assert.Equal(HttpStatusCode.Conflict, toSelf.StatusCode);
        Assert.Equal("SameAgent", (await toSelf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, toOffline.StatusCode);
        var offline = (await toOffline.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("AgentOffline", offline.GetProperty("code").GetString());
        Assert.Contains("CAROL", offline.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await BotTextsAsync(merchant));
        var handoff = Assert.Single(await alice.HandoffsAsync("active"));
        Assert.Equal("alice", handoff.GetProperty("assignedTo").GetString());
    }

    [Fact]
    public async Task Claim_TwoAgentsAtOnce_ExactlyOneWins()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var bob = await AgentClient.CreateAsync(Bot, "bob");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();

        var results = await Task.WhenAll(alice.PostAsync($"/api/agent/handoffs/{id}/claim"), bob.PostAsync($"/api/agent/handoffs/{id}/claim"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
        var loser = results.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("AlreadyClaimed", (await loser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Waiting_QueueMoves_TheMerchantIsToldTheNewPlace()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var first = await DirectLineClient.StartAsync(Bot);
        var second = await DirectLineClient.StartAsync(Bot);
        await SayAsync(first, "转人工");
        Clock.Now = Clock.Now.AddSeconds(5);
        await SayAsync(second, "转人工");
        Assert.Contains(await BotTextsAsync(second), t => t.Contains("排在第 2 位", StringComparison.Ordinal));
        var firstId = (await alice.HandoffsAsync())[0].GetProperty("id").GetString();

        await alice.PostAsync($"/api/agent/handoffs/{firstId}/claim");
        await DirectLineClient.SettleAsync(Bot);

        Assert.Contains(await BotTextsAsync(second), t => t.Contains("您现在排在第 1 位", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waiting_MerchantCancels_BackToTheBot()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");

        await SayAsync(merchant, "取消");

        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("已取消转人工", StringComparison.Ordinal));
        Assert.Empty(await alice.HandoffsAsync());
        await SayAsync(merchant, "什么是仅退款");
        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("消费者购买商品后", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutOfHours_NoPromise_TakesATicket()
    {
        Clock.Now = new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero); // 23:00 in Shanghai
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);

        await SayAsync(merchant, "转人工");
        await SayAsync(merchant, "13812345678");
        await SayAsync(merchant, "店铺被封了保证金怎么办");
        await SayAsync(merchant, "提交");

        var texts = await BotTextsAsync(merchant);
        Assert.Contains(texts, t => t.Contains("现在没有人工客服在线", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("已为您登记留言工单", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("正在为您转接", StringComparison.Ordinal));
        var ticket = Assert.Single(await alice.HandoffsAsync());
        Assert.Equal("ticket", ticket.GetProperty("kind").GetString());
        Assert.Equal("138****5678", ticket.GetProperty("context").GetProperty("contact").GetString());
        Assert.Equal("店铺被封了保证金怎么办", ticket.GetProperty("context").GetProperty("description").GetString());
    }

    [Fact]
    public async Task NoAgentOnline_InHours_TakesATicketToo()
    {
        await AgentClient.CreateAsync(Bot, "alice", online: false);
        var merchant = await DirectLineClient.StartAsync(Bot);

        await SayAsync(merchant, "转人工");

        Assert.Contains(await BotTextsAsync(merchant), t => t.Contains("现在没有人工客服在线", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_WaitingHandoffs_AreStillQueuedInOrder()
    {
        await AgentClient.CreateAsync(Bot, "alice");
        var first = await DirectLineClient.StartAsync(Bot);
        await SayAsync(first, "转人工");
        Clock.Now = Clock.Now.AddMinutes(1);
        var second = await DirectLineClient.StartAsync(Bot);
        await SayAsync(second, "我要投诉");
        var dataDirectory = Bot.DataDirectory;
        await Bot.DisposeAsync();

        Bot = new BotFactory(time: Clock, dataDirectory: dataDirectory);
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var queue = await alice.HandoffsAsync();

        Assert.Equal([first.ConversationId, second.ConversationId], queue.Select(h => h.GetProperty("conversationId").GetString()));
    }

    [Fact]
    public async Task Transcript_MasksPiiUntilRevealed()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        await SayAsync(merchant, "我的手机号是13812345678");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();

        var transcript = await alice.GetJsonAsync($"/api/agent/handoffs/{id}/transcript");
        var message = transcript.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("text").GetString()!.StartsWith("我的手机号是", StringComparison.Ordinal));
        var revealed = await alice.PostAsync($"/api/agent/handoffs/{id}/reveal", new { activityId = message.GetProperty("id").GetString() });

        Assert.Equal("我的手机号是138****5678", message.GetProperty("text").GetString());
        Assert.Equal("我的手机号是13812345678", (await revealed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("电话138.1234.5678", "电话138****5678")]
    [InlineData("电话138/1234/5678", "电话138****5678")]
    [InlineData("电话138  1234  5678", "电话138****5678")]
    [InlineData("电话1381234 5678", "电话138****5678")]
    [InlineData("电话1\u200B3\u200C8\u200D1\u20602\uFEFF345678", "电话138****5678")]
    [InlineData("订单号6222021234567890128是我的银行卡", "订单号****0128是我的银行卡")]
    public async Task Transcript_MasksOtherWaysOfWritingAPhoneOrCard(string said, string masked)
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        await SayAsync(merchant, said);
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();

        var transcript = await alice.GetJsonAsync($"/api/agent/handoffs/{id}/transcript");

        var message = transcript.GetProperty("activities").EnumerateArray().Last(a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        Assert.Equal(masked, message.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AgentApi_WithoutOrWithWrongCredentials_Is401AndRolesAre403()
    {
        var anonymous = Bot.CreateClient();
        var agent = await AgentClient.CreateAsync(Bot, "alice");

        var noToken = await anonymous.GetAsync(new Uri("/api/agent/handoffs", UriKind.Relative));
        var badLogin = await anonymous.PostAsJsonAsync(new Uri("/api/agent/token", UriKind.Relative), new { username = "alice", password = "wrong password" });
        var merchantToken = (await DirectLineClient.StartAsync(Bot)).Token;
        var withMerchantToken = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/agent/handoffs", UriKind.Relative));
        withMerchantToken.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", merchantToken);
        var stats = await agent.Http.GetAsync(new Uri("/api/agent/stats", UriKind.Relative));
        var unknown = await agent.PostAsync("/api/agent/handoffs/nope/claim");

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, badLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(withMerchantToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stats.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Supervisor_SeesQueueLengthWaitsAndLoad()
    {
        var supervisor = await AgentClient.CreateAsync(Bot, "sue", "supervisor");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        Clock.Now = Clock.Now.AddSeconds(90);

        var stats = await supervisor.GetJsonAsync("/api/agent/stats");

        Assert.Equal(1, stats.GetProperty("waiting").GetInt32());
        Assert.Equal(90, stats.GetProperty("oldestWaitSeconds").GetDouble());
        Assert.Contains(stats.GetProperty("agents").EnumerateArray(), a => a.GetProperty("username").GetString() == "sue");
    }

    [Fact]
    public async Task AgentAdd_NoPasswordOrBadRole_IsRefused()
    {
        using var error = new StringWriter();

        var noPassword = await ShopExit.Bot.Commands.CommandLine.RunAsync(["agent", "add", "carol", $"--ShopExit:DataDirectory={Bot.DataDirectory}"], new StringReader(string.Empty), TextWriter.Null, error);
        var badRole = await ShopExit.Bot.Commands.CommandLine.RunAsync(["agent", "add", "carol", "--role", "admin", $"--ShopExit:DataDirectory={Bot.DataDirectory}"], new StringReader("long enough password\n"), TextWriter.Null, error);

        Assert.Equal(2, noPassword);
        Assert.Equal(2, badRole);
        Assert.Contains("at least 12 characters", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("        ", "it has 8 characters")]
    [InlineData("12345678", "it has 8 characters")]
    [InlineData("            ", "it is only spaces")]
    [InlineData("123456789012", "it is only digits")]
    [InlineData("qwertyuiopas", "it is only letters")]
    [InlineData("password1234", "it is one of the common passwords")]
    public async Task AgentAdd_WeakPassword_IsRefusedSayingWhyAndNoAccountIsMade(string password, string reason)
    {
        using var error = new StringWriter();

        var code = await ShopExit.Bot.Commands.CommandLine.RunAsync(["agent", "add", "carol", $"--ShopExit:DataDirectory={Bot.DataDirectory}"], new StringReader(password + "\n"), TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains($"agent add: the password is refused: {reason}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", error.ToString(), StringComparison.Ordinal);
        var login = await Bot.CreateClient().PostAsJsonAsync(new Uri("/api/agent/token", UriKind.Relative), new { username = "carol", password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }
}
