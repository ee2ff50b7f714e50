using System.Globalization;
using Npgsql;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// Brings a database's schema to this version at start-up from the embedded scripts
/// (<c>Migrations/NNNN_name.sql</c>), recording each in <c>schema_version</c>. Several instances
/// may start at once: each takes the same advisory lock first, so one migrates while the others
/// wait and then find nothing left to do. Scripts are never edited once shipped; a change is a
/// new script.
/// </summary>
internal static class PostgresMigrator
{
    // Any fixed number will do, as long as every ShopExit instance uses the same: "ShopExit" in ASCII.
    private const long LockKey = 0x53686F7045786974;

    private const string ResourcePrefix = "ShopExit.Bot.Storage.Postgres.Migrations.";

    /// <summary>The shipped migrations, in version order.</summary>
    public static IReadOnlyList<PostgresMigration> All { get; } = Load();

    /// <summary>
    /// Runs the migrations the database has not had, each in its own transaction with its version
    /// row, under the advisory lock (held by this session, so a crashed instance releases it).
    /// Returns the versions it ran.
    /// </summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var session = new PostgresSession(connection, null);
        await session.ScalarAsync("SELECT pg_advisory_lock(@key)", cancellationToken, ("key", LockKey));
        try
        {
            // Inside the lock: two CREATE TABLE IF NOT EXISTS at once can still collide.
            await session.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken);
            var applied = (await session.QueryAsync("SELECT version FROM schema_version", r => r.GetInt32(0), cancellationToken)).ToHashSet();
            var ran = new List<int>();
            foreach (var migration in All.Where(m => !applied.Contains(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var step = new PostgresSession(connection, transaction);
                await step.ExecuteAsync(migration.Sql, cancellationToken);
                await step.ExecuteAsync("INSERT INTO schema_version (version, name) VALUES (@version, @name)", cancellationToken, ("version", migration.Version), ("name", migration.Name));
                await transaction.CommitAsync(cancellationToken);
                ran.Add(migration.Version);
            }

            // A version this build does not know was written by a newer instance (a rolling upgrade):
            // migrations only add, so this one keeps working on that schema.
            return ran;
        }
        finally
        {
            await session.ScalarAsync("SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", LockKey));
        }
    }

    private static List<PostgresMigration> Load()
    {
        var assembly = typeof(PostgresMigrator).Assembly;
        var migrations = new List<PostgresMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            migrations.Add(new PostgresMigration(version, name, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        return migrations;
    }
}
