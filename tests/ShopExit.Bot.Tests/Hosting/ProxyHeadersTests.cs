using System.Net;
using Microsoft.AspNetCore.Http;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Hosting;

/// <summary>
/// X-Forwarded-For counts only from a configured proxy: a client that forges it is still limited
/// by its own address, and clients behind a known proxy are each limited by theirs. The widget
/// token limit (one a minute here) is what shows which address the server saw.
/// </summary>
public class ProxyHeadersTests
{
    private const string Proxy = "10.1.2.3";

    [Fact]
    public async Task ForwardedFor_FromAnUnknownPeer_DoesNotChangeTheAddressTheLimitCounts()
    {
        await using var bot = Bot(("ForwardedHeaders:KnownProxies", "10.9.9.9"));

        Assert.Equal(HttpStatusCode.OK, await TokenAsync(bot, peer: Proxy, forwardedFor: "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TokenAsync(bot, peer: Proxy, forwardedFor: "203.0.113.2"));
    }

    [Fact]
    public async Task ForwardedFor_WithNoProxyConfigured_IsIgnored()
    {
        await using var bot = Bot();

        Assert.Equal(HttpStatusCode.OK, await TokenAsync(bot, peer: Proxy, forwardedFor: "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TokenAsync(bot, peer: Proxy, forwardedFor: "203.0.113.2"));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies", Proxy)]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.1.0.0/16")]
    public async Task ForwardedFor_FromAKnownProxy_IsTheAddressTheLimitCounts(string key, string value)
    {
        await using var bot = Bot((key, value));

        Assert.Equal(HttpStatusCode.OK, await TokenAsync(bot, peer: Proxy, forwardedFor: "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(bot, peer: Proxy, forwardedFor: "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TokenAsync(bot, peer: Proxy, forwardedFor: "203.0.113.2"));
    }

    [Fact]
    public async Task KnownProxies_NotAnAddress_StopsTheStartNamingTheKey()
    {
        await using var bot = Bot(("ForwardedHeaders:KnownProxies", "proxy.example"));

        var refused = Assert.ThrowsAny<Exception>(() => bot.Server);

        Assert.Contains("ForwardedHeaders:KnownProxies must list IP addresses", refused.ToString(), StringComparison.Ordinal);
    }

    private static BotFactory Bot(params (string Key, string Value)[] settings)
    {
        var bot = new BotFactory();
        bot.Settings["DirectLine:WidgetTokensPerMinute"] = "1";
        foreach (var (key, value) in settings)
        {
            bot.Settings[key] = value;
        }

        return bot;
    }

    // A widget token asked for by a peer at this address (the proxy, or a client forging the header).
    private static async Task<HttpStatusCode> TokenAsync(BotFactory bot, string peer, string forwardedFor)
    {
        var context = await bot.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/widget/token";
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            http.Request.Headers["X-Forwarded-Proto"] = "https";
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }
}
