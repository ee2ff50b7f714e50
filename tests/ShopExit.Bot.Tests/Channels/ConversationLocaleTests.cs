using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Channels;

/// <summary>The conversation's language over HTTP, and buttons whose clicks carry a value.</summary>
public sealed class ConversationLocaleTests : IDisposable
{
    private readonly BotFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task WidgetToken_EnglishLocale_WelcomesInEnglishWithButtonsThatCarryValues()
    {
        var client = await StartWidgetAsync("""{"locale":"en-US"}""");

        var welcome = (await client.GetActivitiesAsync()).Activities.Single();

        Assert.StartsWith("Hello", DirectLineClient.TextOf(welcome), StringComparison.Ordinal);
        Assert.Equal("en-US", welcome.GetProperty("locale").GetString());
        var first = welcome.GetProperty("suggestedActions").GetProperty("actions")[0];
        Assert.Equal("messageBack", first.GetProperty("type").GetString());
        Assert.Equal("Close my shop", first.GetProperty("title").GetString());
        Assert.Equal("Close my shop", first.GetProperty("displayText").GetString());
        Assert.Equal("entry:flow:closure", first.GetProperty("value").GetString());
    }

    [Fact]
    public async Task WidgetToken_NoBody_WelcomesInChinese()
    {
        var client = await DirectLineClient.StartAsync(_bot);

        var welcome = (await client.GetActivitiesAsync()).Activities.Single();

        Assert.Contains("您好", DirectLineClient.TextOf(welcome), StringComparison.Ordinal);
        Assert.Equal("zh-CN", welcome.GetProperty("locale").GetString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("""{"locale": 5}""")]
    public async Task WidgetToken_MalformedBody_IsAClear400(string body)
    {
        using var http = _bot.CreateClient();

        var response = await http.PostAsync(new Uri("/api/widget/token", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"code\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartConversation_WithTheSecretAndAnEnglishLocale_WelcomesInEnglish()
    {
        using var http = _bot.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative))
        {
            Content = JsonContent.Create(new { user = new { id = "dl_secret_user" }, locale = "en-US" }),
        };
        request.Headers.Authorization = new("Bearer", BotFactory.Secret);

        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var client = new DirectLineClient(http).WithToken(body.RootElement.GetProperty("conversationId").GetString()!, body.RootElement.GetProperty("token").GetString()!);

        var welcome = (await client.GetActivitiesAsync()).Activities.Single();
        Assert.StartsWith("Hello", DirectLineClient.TextOf(welcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocaleSetEvent_SwitchesTheBotToEnglishAtOnce()
    {
        var client = await DirectLineClient.StartAsync(_bot);

        await client.PostAsync(new { type = "event", name = "locale.set", value = "en-US", from = new { id = "x" } });
        await DirectLineClient.SettleAsync(_bot);

        var replies = (await client.GetActivitiesAsync()).Activities.Where(a => DirectLineClient.RoleOf(a) == "bot").Skip(1).ToList();
        Assert.Equal("OK, I'll continue in English.", DirectLineClient.TextOf(replies[0]));
        Assert.StartsWith("Hello", DirectLineClient.TextOf(replies[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_TheValueDecidesWhateverTheTextSays()
    {
        var client = await DirectLineClient.StartAsync(_bot);
        await client.PostTextAsync("保证金退款");
        await DirectLineClient.SettleAsync(_bot);

        // A client that labels the button differently (or a merchant's old tab) still picks Douyin.
        await client.PostAsync(new { type = "message", text = "Douyin shop", value = "choice:Douyin", from = new { id = "x" } });
        await DirectLineClient.SettleAsync(_bot);

        var last = (await client.GetActivitiesAsync()).Activities.Last();
        Assert.Contains("被封禁", DirectLineClient.TextOf(last), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"entry:no-such-item\"")]
    [InlineData("{\"entry\":\"closure-reopen\"}")]
    [InlineData("42")]
    public async Task Click_AValueTheBotDoesNotKnow_IsIgnoredAndTheTextRead(string value)
    {
        var client = await DirectLineClient.StartAsync(_bot);

        var activity = "{\"type\":\"message\",\"text\":\"店铺注销以后还能重新开吗\",\"from\":{\"id\":\"x\"},\"value\":" + value + "}";
        await client.PostAsync(JsonDocument.Parse(activity).RootElement);
        await DirectLineClient.SettleAsync(_bot);

        var last = (await client.GetActivitiesAsync()).Activities.Last();
        Assert.Contains("重新开通", DirectLineClient.TextOf(last), StringComparison.Ordinal);
    }

    private async Task<DirectLineClient> StartWidgetAsync(string body)
    {
        var http = _bot.CreateClient();
        var response = await http.PostAsync(new Uri("/api/widget/token", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new DirectLineClient(http).WithToken(json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }
}
