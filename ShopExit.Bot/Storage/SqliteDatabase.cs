using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage;

/// <summary>
/// The embedded default store: one SQLite file in the data folder, in WAL mode so readers never
/// wait for the writer. Creates the folder and the schema on first use.
/// </summary>
/// <remarks>
/// SQLite has one writer at a time. All writes go through <see cref="WriteAsync{T}"/>: one
/// long-lived session, one transaction at a time. Writers racing each other would get
/// SQLITE_BUSY and sleep in retry loops for tens of milliseconds; queueing them here costs
/// microseconds. Reads use a small pool of long-lived sessions, so statements stay prepared.
/// </remarks>
public sealed class SqliteDatabase : IDisposable
{
    private const int MaxIdleReaders = 16;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Lazy<Task<SqliteSession>> _writerSession;
    private readonly ConcurrentBag<SqliteSession> _readers = [];

    /// <summary>Creates the database object for the configured data folder.</summary>
    public SqliteDatabase(IOptions<ShopExitOptions> options)
    {
        var directory = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, "shopexit.db");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        _writerSession = new Lazy<Task<SqliteSession>>(OpenWriterAsync);
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>Runs a read on a pooled session.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writerSession.Value;
        if (!_readers.TryTake(out var session))
        {
            var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            session = new SqliteSession(connection);
        }

        var healthy = false;
        try
        {
            var result = await work(session);
            healthy = true;
            return result;
        }
        finally
        {
            if (healthy && _readers.Count < MaxIdleReaders)
            {
                _readers.Add(session);
            }
            else
            {
                session.Dispose();
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on the writer session, and commits it.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        var session = await _writerSession.Value;
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = session.Connection.BeginTransaction(deferred: false);
            session.Transaction = transaction;
            var result = await work(session);
            await transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            session.Transaction = null;
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        if (_writerSession.IsValueCreated && _writerSession.Value.IsCompletedSuccessfully)
        {
            _writerSession.Value.Result.Dispose();
        }

        _writer.Dispose();
    }

    // WAL with synchronous=NORMAL: a commit needs no fsync (the WAL is synced at checkpoints), and
    // a crash loses at most the last moments before it, never the database's consistency.
    private async Task<SqliteSession> OpenWriterAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;" + SqliteSchema.Script;
        await command.ExecuteNonQueryAsync();
        return new SqliteSession(connection);
    }
}
