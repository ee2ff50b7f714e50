using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Scaleout;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Scaleout;

/// <summary>
/// The rate limits of instances on one PostgreSQL database count in Redis, across instances: what
/// is used on one is gone on the other. Each test's instances have Redis keys of their own (the
/// group's channel prefix starts them), so the fixed client address of the test server does not
/// carry one test's count into another's.
/// </summary>
public sealed class ClusterRateLimitTests : SharedDatabaseTestBase
{
    [Fact]
    public async Task WidgetTokens_HalfOnAHalfOnB_TheNextOnEitherIs429WithRetryAfter()
    {
        // Both started before the count begins: a slow start must not let a token come back
        // meanwhile. Two a minute, so one comes back only after 30 s: a loaded CI machine that
        // takes seconds per request still finishes the count well before that.
        var (a, b) = (Client(("DirectLine:WidgetTokensPerMinute", "2")), Client(("DirectLine:WidgetTokensPerMinute", "2")));

        foreach (var http in new[] { a, b })
        {
            Assert.Equal(HttpStatusCode.OK, (await TokenAsync(http)).StatusCode);
        }

        foreach (var http in new[] { a, b })
        {
            var refused = await TokenAsync(http);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            // Two a minute: the next token is there within 30 s.
            Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
            Assert.Equal("TooManyRequests", await ErrorCodeAsync(refused));
        }
    }

    [Fact]
    public async Task AgentLogins_WrongPasswordsAlternatingBetweenAAndB_Are429AfterTheLimitInTotal()
    {
        var (a, b) = (Client(("Handoff:LoginAttemptsPerMinute", "3")), Client(("Handoff:LoginAttemptsPerMinute", "3")));

        foreach (var http in new[] { a, b, a })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(http)).StatusCode);
        }

        var refused = await LoginAsync(b);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("TooManyRequests", await ErrorCodeAsync(refused));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(a)).StatusCode);
    }

    [Fact]
    public async Task Posts_OnOneConversationAlternatingBetweenAAndB_Are429AfterTheBurstInTotal()
    {
        const int Burst = 6;
        var settings = new[] { ("DirectLine:PostBurst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("DirectLine:PostsPerSecond", "1") };
        var (a, b) = (Instance(settings), Instance(settings));
        var onA = await DirectLineClient.StartAsync(a);
        var onB = onA.WithHttp(b.CreateClient());
        var posted = 0;
        HttpResponseMessage? refused = null;
        var since = Stopwatch.StartNew();
        while (refused is null && posted < 4 * Burst)
        {
            // Typing: counted like any post, and no turn to wait for.
            var response = await (posted % 2 == 0 ? onA : onB).PostAsync(new { type = "typing", from = new { id = "whoever" } });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                posted++;
            }
        }

        // The burst, and at most the one a second that came back meanwhile; each instance on its
        // own would have let twice the burst through.
        Assert.NotNull(refused);
        Assert.InRange(posted, Burst, Burst + (int)Math.Ceiling(since.Elapsed.TotalSeconds));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("TooManyRequests", await ErrorCodeAsync(refused));
    }

    [Fact]
    public async Task RedisBucket_RefusesRightAfterTheBurst_AndRefillsAfterThePeriod()
    {
        await using var redis = await ConnectAsync((await RedisServer.GetAsync()).NewGroupConfiguration());
        var limits = new RedisRateLimits(redis, TimeProvider.System, NullLogger<RedisRateLimits>.Instance);
        // A second per token: short enough to wait for, long enough for three calls on a busy machine.
        var limit = new RateLimit("test-refill", Capacity: 2, TokensPerPeriod: 1, Period: TimeSpan.FromSeconds(1));
        var partition = Guid.NewGuid().ToString("N");

        Assert.True((await limits.TryAcquireAsync(limit, partition, CancellationToken.None)).Allowed);
        Assert.True((await limits.TryAcquireAsync(limit, partition, CancellationToken.None)).Allowed);
        var refused = await limits.TryAcquireAsync(limit, partition, CancellationToken.None);
        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromMilliseconds(1), limit.Period);
        // Another partition, and another limit on the same partition, have buckets of their own.
        Assert.True((await limits.TryAcquireAsync(limit, partition + "-other", CancellationToken.None)).Allowed);
        Assert.True((await limits.TryAcquireAsync(limit with { Name = "test-refill-other" }, partition, CancellationToken.None)).Allowed);

        await Task.Delay(limit.Period * 1.5);

        Assert.True((await limits.TryAcquireAsync(limit, partition, CancellationToken.None)).Allowed);
        // An idle bucket goes away by itself: its key expires soon after it would be full again.
        var ttl = await redis.Multiplexer.GetDatabase().KeyTimeToLiveAsync(limits.Key(limit, partition));
        Assert.NotNull(ttl);
        Assert.True(ttl <= limit.Period * 2 + TimeSpan.FromSeconds(1), $"the key lives {ttl}");
        Assert.StartsWith(redis.KeyPrefix + "shopexit:limit:test-refill:", limits.Key(limit, partition), StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, redis.KeyPrefix);
    }

    [Fact]
    public async Task RedisGoneMidRun_RequestsAreAllowedAtOnce()
    {
        var server = await RedisServer.StartOwnAsync();
        await using var redis = await ConnectAsync(server.NewGroupConfiguration());
        using var log = new LogCapture();
        var limits = new RedisRateLimits(redis, TimeProvider.System, new Logger<RedisRateLimits>(new LoggerFactory([log])));
        var limit = new RateLimit("test-gone", Capacity: 1, TokensPerPeriod: 1, Period: TimeSpan.FromMinutes(1));
        Assert.True((await limits.TryAcquireAsync(limit, "here", CancellationToken.None)).Allowed);
        Assert.False((await limits.TryAcquireAsync(limit, "here", CancellationToken.None)).Allowed);

        await server.KillAsync();

        for (var i = 0; i < 3; i++)
        {
            var since = Stopwatch.StartNew();
            Assert.True((await limits.TryAcquireAsync(limit, "here", CancellationToken.None)).Allowed);
            Assert.True(since.Elapsed < RedisRateLimits.Timeout + TimeSpan.FromSeconds(1), $"the answer took {since.Elapsed}");
        }

        // Said once, not on every request.
        Assert.Single(log.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("test-gone", StringComparison.Ordinal));
    }

    private BotFactory Instance(params (string Key, string Value)[] settings) => OnTheDatabase(new BotFactory(), settings);

    // An instance, started.
    private HttpClient Client(params (string Key, string Value)[] settings) => Instance(settings).CreateClient();

    private static async Task<RedisConnection> ConnectAsync(string configuration)
    {
        var redis = new RedisConnection(configuration);
        await redis.ConnectAsync();
        return redis;
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient http) =>
        http.PostAsync(new Uri("/api/widget/token", UriKind.Relative), null);

    private static Task<HttpResponseMessage> LoginAsync(HttpClient http) =>
        http.PostAsJsonAsync(new Uri("/api/agent/token", UriKind.Relative), new { username = "nobody", password = "wrong guess" });

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString();
}
