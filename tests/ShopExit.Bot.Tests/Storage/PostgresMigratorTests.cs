using Npgsql;
using ShopExit.Bot.Storage.Postgres;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>
/// The PostgreSQL schema is migrated at start from the embedded scripts, under an advisory lock:
/// instances that start together on an empty database end with one schema and every version
/// recorded once, and a database already up to date runs nothing.
/// </summary>
public sealed class PostgresMigratorTests : IAsyncLifetime
{
    private PostgresServer _server = null!;
    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.GetAsync();
        _connectionString = await _server.CreateDatabaseAsync();
    }

    public Task DisposeAsync() => _server.DropDatabaseAsync(_connectionString);

    [Fact]
    public void All_TheShippedScripts_AreNumberedFromOneWithoutGaps()
    {
        Assert.NotEmpty(PostgresMigrator.All);
        Assert.Equal(Enumerable.Range(1, PostgresMigrator.All.Count), PostgresMigrator.All.Select(m => m.Version));
        Assert.Equal("0001_initial.sql", PostgresMigrator.All[0].Name);
    }

    [Fact]
    public async Task MigrateAsync_FourInstancesAtOnceOnAnEmptyDatabase_OneSchemaAndEachVersionOnce()
    {
        var connections = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenAsync()));
        try
        {
            var ran = await Task.WhenAll(connections.Select(c => Task.Run(() => PostgresMigrator.MigrateAsync(c, CancellationToken.None))));

            // Each migration ran on exactly one connection; the others waited for the lock and found it done.
            Assert.Equal(PostgresMigrator.All.Select(m => m.Version), ran.SelectMany(r => r).Order());
            Assert.Equal(3, ran.Count(r => r.Count == 0));
            Assert.Equal(PostgresMigrator.All.Select(m => (m.Version, 1L)), await QueryAsync("SELECT version, COUNT(*) FROM schema_version GROUP BY version ORDER BY version", r => (r.GetInt32(0), r.GetInt64(1))));
            Assert.Equal(
                ["activities", "agents", "conversations", "handoffs", "pii_reveals", "schema_version", "server_secrets", "unanswered_questions"],
                await QueryAsync("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1", r => r.GetString(0)));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task MigrateAsync_UpToDate_RunsNothingAndReleasesTheLock()
    {
        await using var first = await OpenAsync();
        await PostgresMigrator.MigrateAsync(first, CancellationToken.None);

        var again = await PostgresMigrator.MigrateAsync(first, CancellationToken.None);

        Assert.Empty(again);

        // Advisory locks are per database; the server is shared with tests running at the same
        // time in their own databases (migrations, turn leases), so only this one's locks count.
        Assert.Equal(0L, (await QueryAsync(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            r => r.GetInt64(0)))[0]);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
