using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Channels;

public class DirectLineApiTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new();
    private DirectLineClient _client = null!;

    public async Task InitializeAsync() => _client = await DirectLineClient.StartAsync(_bot);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task WidgetToken_NewConversation_StartsWithTheWelcome()
    {
        var (activities, watermark) = await _client.GetActivitiesAsync();

        var welcome = Assert.Single(activities);
        Assert.Contains("您好", DirectLineClient.TextOf(welcome), StringComparison.Ordinal);
        Assert.Equal("bot", DirectLineClient.RoleOf(welcome));
        Assert.Equal("1", watermark);
        Assert.EndsWith("Z", welcome.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, welcome.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task PostActivity_Message_IsEchoedWithClientActivityIdAndAnswered()
    {
        var response = await _client.PostTextAsync("什么是仅退款", clientActivityId: "client-42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await DirectLineClient.SettleAsync(_bot);
        var (activities, _) = await _client.GetActivitiesAsync("1");
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", DirectLineClient.RoleOf(echo));
        var reply = activities[1];
        Assert.Equal("bot", DirectLineClient.RoleOf(reply));
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Contains("仅退款", DirectLineClient.TextOf(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_WithToken_CannotSpeakAsSomeoneElse()
    {
        await _client.PostTextAsync("你好");
        var (activities, _) = await _client.GetActivitiesAsync("1");

        var from = activities[0].GetProperty("from").GetProperty("id").GetString();
        Assert.NotEqual("whoever", from);
        Assert.StartsWith("dl_", from, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetActivities_ByWatermark_NeverSkipsOrRepeats()
    {
        await _client.PostTextAsync("你好");
        await DirectLineClient.SettleAsync(_bot);
        await _client.PostTextAsync("谢谢");
        await DirectLineClient.SettleAsync(_bot);

        var (all, last) = await _client.GetActivitiesAsync();
        var (tail, tailWatermark) = await _client.GetActivitiesAsync("2");
        var (none, same) = await _client.GetActivitiesAsync(last);

        Assert.Equal(all.Skip(2).Select(a => a.GetProperty("id").GetString()), tail.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(last, tailWatermark);
        Assert.Empty(none);
        Assert.Equal(last, same);
    }

    [Fact]
    public async Task Reconnect_ReturnsConversationTokenAndStreamUrlWithTheWatermark()
    {
        var response = await _bot.CreateClient().SendAsync(_client.Request(HttpMethod.Get, $"/conversations/{_client.ConversationId}?watermark=1"));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(_client.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
        var streamUrl = body.GetProperty("streamUrl").GetString()!;
        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);
        Assert.EndsWith("&watermark=1", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_WithTheSecret_GetsAWorkingToken()
    {
        var response = await _bot.CreateClient().SendAsync(_client.Request(HttpMethod.Get, $"/conversations/{_client.ConversationId}", BotFactory.Secret));
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        var post = await _client.PostTextAsync("你好", token: token);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
    }

    [Fact]
    public async Task StartConversation_WithSecret_Creates201AndWithItsOwnTokenAnswers200()
    {
        var http = _bot.CreateClient();
        var created = await http.SendAsync(_client.Request(HttpMethod.Post, "/conversations", BotFactory.Secret, JsonContent.Create(new { user = new { id = "merchant-7" } })));
        var again = await http.SendAsync(_client.Request(HttpMethod.Post, "/conversations", _client.Token, JsonContent.Create(new { user = new { } })));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False(string.IsNullOrEmpty((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(_client.ConversationId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task GenerateAndRefreshToken_ReturnExpiresInSnakeCase()
    {
        var http = _bot.CreateClient();
        var generated = await http.SendAsync(_client.Request(HttpMethod.Post, "/tokens/generate", BotFactory.Secret));
        var token = (await generated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var refreshed = await http.SendAsync(_client.Request(HttpMethod.Post, "/tokens/refresh", token));

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
    }

    [Fact]
    public async Task AnotherConversationsToken_IsRefused403()
    {
        var other = await DirectLineClient.StartAsync(_bot);

        var post = await _client.PostTextAsync("你好", token: other.Token);
        var get = await _bot.CreateClient().SendAsync(_client.Request(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities", other.Token));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb252IjoieCJ9.AAAA")]
    [InlineData("")]
    public async Task WrongToken_Is403WithAnErrorBody(string token)
    {
        var request = _client.Request(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities");
        request.Headers.Authorization = token.Length == 0 ? null : new AuthenticationHeaderValue("Bearer", token);

        var response = await _bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task UnknownConversation_Is404()
    {
        var response = await _bot.CreateClient().SendAsync(_client.Request(HttpMethod.Get, "/conversations/no-such-conversation", BotFactory.Secret));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"channelData\":{\"x\":\"\\ud800\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"value\":\"\\ud800\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"attachments\":[{\"contentType\":\"x\",\"content\":\"\\udc00\"}]}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"whatever\":\"\\ud800\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"from\":{\"id\":\"x\",\"extra\":\"\\ud800\"}}")]
    public async Task PostActivity_Malformed_Is400WithAnErrorBody(string body)
    {
        var request = _client.Request(HttpMethod.Post, $"/conversations/{_client.ConversationId}/activities", content: new StringContent(body, Encoding.UTF8, "application/json"));

        var response = await _bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"type\":\"event\",\"name\":\"handoff.status\",\"value\":{\"state\":\"completed\"}}")]
    [InlineData("{\"type\":\"Event\",\"name\":\"Handoff.status\",\"value\":{\"state\":\"completed\"}}")]
    [InlineData("{\"type\":\"event\",\"name\":\" HANDOFF.INITIATE \"}")]
    public async Task PostActivity_HandoffEventWrittenAnyWay_IsRefusedAndNotStored(string body)
    {
        var request = _client.Request(HttpMethod.Post, $"/conversations/{_client.ConversationId}/activities", content: new StringContent(body, Encoding.UTF8, "application/json"));

        var response = await _bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single((await _client.GetActivitiesAsync()).Activities);
    }

    [Fact]
    public async Task GetActivities_WatermarkBeyondTheEnd_IsA400NamingIt()
    {
        var response = await _bot.CreateClient().SendAsync(_client.Request(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities?watermark=999"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("999", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var atTheEnd = await _bot.CreateClient().SendAsync(_client.Request(HttpMethod.Get, $"/conversations/{_client.ConversationId}/activities?watermark=1"));
        Assert.Equal(HttpStatusCode.OK, atTheEnd.StatusCode);
    }

    [Fact]
    public async Task PostActivity_AFloodOnOneConversation_Is429WithRetryAfterAndOthersAreNotHeldUp()
    {
        await using var bot = new BotFactory();
        bot.Settings["DirectLine:PostBurst"] = "5";
        bot.Settings["DirectLine:PostsPerSecond"] = "1";
        var client = await DirectLineClient.StartAsync(bot);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 40 && refused is null; i++)
        {
            var response = await client.PostTextAsync("1");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.True(statuses.Count >= 6, $"refused after only {statuses.Count} posts");
        Assert.All(statuses.SkipLast(1), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("TooManyRequests", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        var other = await DirectLineClient.StartAsync(bot);
        Assert.Equal(HttpStatusCode.OK, (await other.PostTextAsync("你好")).StatusCode);
        await DirectLineClient.SettleAsync(bot);
    }

    [Fact]
    public async Task PostActivity_Over256KB_Is413AndNothingIsStored()
    {
        var huge = new string('退', 100_000);

        var response = await _client.PostTextAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single((await _client.GetActivitiesAsync()).Activities);
    }

    [Fact]
    public async Task PostActivity_LongButAllowedMessage_IsStoredWholeAndAnswered()
    {
        var long10k = "保证金退款进度在哪里看" + new string('啊', 10_000);

        var response = await _client.PostTextAsync(long10k);
        await DirectLineClient.SettleAsync(_bot);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await _client.GetActivitiesAsync("1");
        Assert.Equal(long10k, DirectLineClient.TextOf(activities[0]));
        Assert.Equal(2, activities.Count);
    }

    [Fact]
    public async Task Upload_IsRefusedWithAClearError()
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "a.png" } };

        var response = await _bot.CreateClient().SendAsync(_client.Request(HttpMethod.Post, $"/conversations/{_client.ConversationId}/upload?userId=x", content: content));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("file uploads", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_PreflightFromAnotherOrigin_AllowsTheDirectLineHeaders()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri($"/v3/directline/conversations/{_client.ConversationId}/activities", UriKind.Relative));
        request.Headers.Add("Origin", "https://merchant.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        var response = await _bot.CreateClient().SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoMessagesAtOnce_AreBothAnsweredInOrderWithoutLosingState()
    {
        await _client.PostTextAsync("店铺注销");
        await DirectLineClient.SettleAsync(_bot);

        await Task.WhenAll(_client.PostTextAsync("淘宝"), _client.PostTextAsync("已完成"));
        await DirectLineClient.SettleAsync(_bot);

        var (activities, _) = await _client.GetActivitiesAsync();
        var users = activities.Where(a => DirectLineClient.RoleOf(a) == "user").Skip(1).ToList();
        var replies = activities.Where(a => DirectLineClient.RoleOf(a) == "bot").ToList();
        // Whichever arrived first, each turn ran on the state the other left: the platform answer
        // was taken exactly once, and both messages were answered.
        Assert.Equal(2, users.Count);
        Assert.Single(replies, r => DirectLineClient.TextOf(r).Contains("三项准备", StringComparison.Ordinal));
        Assert.All(users, u => Assert.Contains(replies, r => r.TryGetProperty("replyToId", out var to) && to.GetString() == u.GetProperty("id").GetString()));
    }
}
