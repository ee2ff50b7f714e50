using Npgsql;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the whole test run: initdb into a temp folder, a free
/// loopback port, started on first use and stopped when the test process exits. Debian's
/// packages (/usr/lib/postgresql/*/bin) are used; <c>scripts/test.sh</c> installs them when
/// missing. Without them every test that needs PostgreSQL fails, saying how to install them: a
/// skipped check would look green in CI. <c>SHOPEXIT_TEST_POSTGRES</c>, a connection string to a
/// server where its user may create databases, is used instead when set.
/// </summary>
internal sealed class PostgresServer
{
    public const string ExternalServerVariable = "SHOPEXIT_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    /// <summary>The run's server, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A new empty database (<c>shopexit_test_…</c>); the connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"shopexit_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Small pools: many tests hold databases at once, and the cluster's connections are few.
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, MaxPoolSize = 30 }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still uses it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        if (Environment.GetEnvironmentVariable(ExternalServerVariable) is { Length: > 0 } external)
        {
            return new PostgresServer(external);
        }

        var cluster = await PostgresCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return new PostgresServer(cluster.AdminConnectionString);
    }
}
