using System.Runtime.Versioning;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Health;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Scaleout;

/// <summary>
/// The real process on PostgreSQL without a usable Redis stops at once with one line naming the
/// setting or the server and the cause (never the password), after the database opened.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class RedisStartupTests : IAsyncLifetime
{
    private Dictionary<string, string?> _database = null!;
    private Func<Task>? _drop;

    public async Task InitializeAsync() => (_database, _drop) = await StoreHarness.NewDatabaseAsync(StoreKind.Postgres);

    public Task DisposeAsync() => _drop!();

    [Fact]
    public async Task Start_PostgresWithoutRedis_StopsWithOneLineNamingTheKey()
    {
        var (exitCode, output, error) = await RunAsync(redis: null);

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, "ShopExit:Store is 'postgres' but ConnectionStrings:Redis is not set");
    }

    [Fact]
    public async Task Start_RedisNotListening_StopsWithOneLineNamingTheServerWithoutThePassword()
    {
        var port = BotProcess.FreePort();

        var (exitCode, output, error) = await RunAsync($"127.0.0.1:{port},password=hunter2-secret,connectTimeout=2000");

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, $"the Redis server 127.0.0.1:{port} cannot be reached (");
        Assert.DoesNotContain("hunter2-secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidRedisConfiguration_StopsWithOneLineNamingTheKey()
    {
        var (exitCode, output, error) = await RunAsync("127.0.0.1:6379,colour=blue");

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, "ConnectionStrings:Redis is not a valid StackExchange.Redis configuration (");
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string? redis) =>
        BotProcess.RunUntilExitAsync(TestPaths.NewTempFolder("redis-start"), [
            $"--ShopExit:Store=postgres",
            $"--ConnectionStrings:Postgres={_database["ConnectionStrings:Postgres"]}",
            .. redis is null ? Array.Empty<string>() : [$"--ConnectionStrings:Redis={redis}"]]);
}
