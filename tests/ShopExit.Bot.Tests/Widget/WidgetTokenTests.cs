using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Tests.Support;
using ShopExit.Bot.Widget;

namespace ShopExit.Bot.Tests.Widget;

public class WidgetTokenTests
{
    [Fact]
    public async Task Token_WithoutOrigin_IsIssued()
    {
        await using var bot = new BotFactory();

        var response = await RequestTokenAsync(bot, origin: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_FromTheBotsOwnOrigin_IsIssuedWithNothingConfigured()
    {
        await using var bot = new BotFactory();

        // The test server's requests are http://localhost, as a browser on the support page sends them.
        var response = await RequestTokenAsync(bot, "http://localhost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()));
    }

    [Theory]
    [InlineData("https://shop.example")]
    [InlineData("HTTPS://Shop.Example:443")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:3000")]
    public async Task Token_FromAListedOrigin_IsIssued(string origin)
    {
        await using var bot = new BotFactory();
        bot.Settings["Widget:AllowedOrigins:0"] = "https://shop.example/";
        bot.Settings["Widget:AllowedOrigins:1"] = "http://127.0.0.1:8080";
        bot.Settings["Widget:AllowedOrigins:2"] = "http://[::1]:3000";

        var response = await RequestTokenAsync(bot, origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_OriginsConfiguredAsOneString_EachIsAllowed()
    {
        await using var bot = new BotFactory();
        bot.Settings["Widget:AllowedOrigins"] = "https://a.example, https://b.example";

        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(bot, "https://a.example")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(bot, "https://b.example")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RequestTokenAsync(bot, "https://c.example")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://shop.example.evil.example")]
    [InlineData("http://shop.example")] // the listed site is https
    [InlineData("http://localhost:8080")] // the bot's host, another port
    [InlineData("null")] // a sandboxed frame or a file: page
    [InlineData("not an origin")]
    public async Task Token_FromAForeignOrigin_Is403InTheErrorShape(string origin)
    {
        await using var bot = new BotFactory();
        bot.Settings["Widget:AllowedOrigins:0"] = "https://shop.example";

        var response = await RequestTokenAsync(bot, origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("OriginNotAllowed", error.GetProperty("code").GetString());
        Assert.Contains(origin, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Widget:AllowedOrigins", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "same-origin", HttpStatusCode.OK)] // the page's own POST under its no-referrer policy
    [InlineData("https://localhost", "same-origin", HttpStatusCode.OK)] // behind a proxy that ends TLS
    [InlineData("null", "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("https://evil.example", "cross-site", HttpStatusCode.Forbidden)]
    public async Task Token_WhereTheBrowserSaysSameOrigin_IsIssued(string origin, string fetchSite, HttpStatusCode expected)
    {
        await using var bot = new BotFactory();

        var response = await RequestTokenAsync(bot, origin, fetchSite);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Token_WithAStarListed_IsIssuedToAnyOrigin()
    {
        await using var bot = new BotFactory();
        bot.Settings["Widget:AllowedOrigins:0"] = "*";

        var response = await RequestTokenAsync(bot, "https://anyone.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("shop.example")]
    [InlineData("https://shop.example/embed")]
    [InlineData("ftp://shop.example")]
    public async Task Start_WithAnEntryThatIsNoOrigin_IsRefusedNamingTheSetting(string entry)
    {
        await using var bot = new BotFactory();
        bot.Settings["Widget:AllowedOrigins:0"] = entry;

        var error = Assert.Throws<OptionsValidationException>(() => bot.Server);

        Assert.Contains("Widget:AllowedOrigins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_OverTheLimitOfAnAddress_Is429WithRetryAfter()
    {
        await using var bot = new BotFactory();
        bot.Settings["DirectLine:WidgetTokensPerMinute"] = "2";

        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(bot, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(bot, null)).StatusCode);
        var refused = await RequestTokenAsync(bot, null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        // Two a minute: the next token is there within 30 s, and the answer says so.
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var error = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("TooManyRequests", error.GetProperty("code").GetString());
        Assert.Contains($"try again in {retryAfter.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://shop.example", "https://shop.example")]
    [InlineData("https://shop.example/", "https://shop.example")]
    [InlineData(" HTTPS://SHOP.example:443 ", "https://shop.example")]
    [InlineData("http://shop.example:80", "http://shop.example")]
    [InlineData("http://shop.example:8080", "http://shop.example:8080")]
    [InlineData("http://[::1]:5000", "http://[::1]:5000")]
    [InlineData("https://商店.example", "https://xn--czrs0t.example")]
    [InlineData("https://shop.example/path", null)]
    [InlineData("https://shop.example/?q=1", null)]
    [InlineData("https://user@shop.example", null)]
    [InlineData("ws://shop.example", null)]
    [InlineData("null", null)]
    [InlineData("", null)]
    public void Normalize_Origin_IsAsBrowsersWriteIt(string value, string? expected)
    {
        Assert.Equal(expected, WidgetOrigins.Normalize(value));
    }

    private static async Task<HttpResponseMessage> RequestTokenAsync(BotFactory bot, string? origin, string? fetchSite = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/widget/token", UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", fetchSite);
        }

        return await bot.CreateClient().SendAsync(request);
    }
}
