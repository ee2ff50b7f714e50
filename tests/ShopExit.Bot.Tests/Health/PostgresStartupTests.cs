using System.Runtime.Versioning;
using Npgsql;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Health;

/// <summary>
/// The real process told to use PostgreSQL, on settings it cannot start with, stops at once with
/// one line naming the setting or the server and the cause (never the password), as it does for a
/// SQLite data folder it cannot use.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class PostgresStartupTests
{
    [Fact]
    public async Task Start_UnknownStore_StopsWithOneLineNamingTheKey()
    {
        var (exitCode, output, error) = await RunAsync("--ShopExit:Store=mysql");

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, "ShopExit:Store is 'mysql'; it must be 'sqlite' (the default) or 'postgres'");
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_StopsWithOneLineNamingTheKey()
    {
        var (exitCode, output, error) = await RunAsync("--ShopExit:Store=postgres");

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, "ShopExit:Store is 'postgres' but ConnectionStrings:Postgres is not set");
    }

    [Fact]
    public async Task Start_InvalidConnectionString_StopsWithOneLineNamingTheKey()
    {
        var (exitCode, output, error) = await RunAsync("--ShopExit:Store=postgres", "--ConnectionStrings:Postgres=Host=127.0.0.1;Colour=blue;Password=hunter2-secret");

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, "ConnectionStrings:Postgres is not a valid Npgsql connection string (");
        Assert.DoesNotContain("hunter2-secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ServerNotListening_StopsWithOneLineNamingTheServerWithoutThePassword()
    {
        var port = BotProcess.FreePort();

        var (exitCode, output, error) = await RunAsync(
            "--ShopExit:Store=postgres", $"--ConnectionStrings:Postgres=Host=127.0.0.1;Port={port};Database=shopexit;Username=bot;Password=hunter2-secret;Timeout=5");

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, $"the PostgreSQL database shopexit on 127.0.0.1:{port} cannot be reached (");
        Assert.DoesNotContain("hunter2-secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DatabaseMissingOnTheServer_StopsWithOneLineSayingSo()
    {
        var server = await PostgresServer.GetAsync();
        var existing = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        await server.DropDatabaseAsync(existing.ConnectionString);

        var (exitCode, output, error) = await RunAsync("--ShopExit:Store=postgres", $"--ConnectionStrings:Postgres={existing.ConnectionString}");

        StoreStartupTests.AssertOneLineStop(exitCode, output, error, $"the PostgreSQL database {existing.Database} on 127.0.0.1:{existing.Port} does not exist (3D000: ");
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] settings) =>
        BotProcess.RunUntilExitAsync(TestPaths.NewTempFolder("postgres-start"), settings);
}
