using System.Collections.Concurrent;
using System.Threading.Channels;
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
/// long-lived session fed by a queue, so writers never race for the lock (they would get
/// SQLITE_BUSY and sleep in retry loops for tens of milliseconds), and writes that arrive
/// together share one commit. Reads use a small pool of long-lived sessions, so statements
/// stay prepared.
/// </remarks>
public sealed class SqliteDatabase : IDisposable
{
    private const int MaxIdleReaders = 16;

    private readonly string _connectionString;
    private const int MaxBatch = 64;
    private readonly Channel<WriteRequest> _writes = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _writerLoop;
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

    /// <summary>
    /// Runs <paramref name="work"/> as one atomic unit on the writer session. Writes arriving
    /// together share one transaction (group commit), each in a savepoint of its own: a unit that
    /// throws is rolled back alone and its caller gets the exception; the others commit together.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        var request = new WriteRequest<T>(work);
        _writes.Writer.TryWrite(request);
        EnsureWriterLoop();
        return request.Task.WaitAsync(cancellationToken);
    }

    private void EnsureWriterLoop()
    {
        if (Volatile.Read(ref _writerLoop) is null)
        {
            lock (_writes)
            {
                _writerLoop ??= Task.Run(WriteLoopAsync);
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<WriteRequest>(MaxBatch);
        while (await _writes.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _writes.Reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            SqliteSession session;
            try
            {
                session = await _writerSession.Value;
            }
            catch (Exception ex)
            {
                batch.ForEach(r => r.Fail(ex));
                continue;
            }

            await RunBatchAsync(session, batch);
        }
    }

    private static async Task RunBatchAsync(SqliteSession session, List<WriteRequest> batch)
    {
        var done = new List<WriteRequest>(batch.Count);
        try
        {
            await using var transaction = session.Connection.BeginTransaction(deferred: false);
            session.Transaction = transaction;
            foreach (var request in batch)
            {
                transaction.Save("unit");
                try
                {
                    await request.RunAsync(session);
                    transaction.Release("unit");
                    done.Add(request);
                }
                catch (Exception ex)
                {
                    transaction.Rollback("unit");
                    transaction.Release("unit");
                    request.Fail(ex);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
            done.ForEach(r => r.Complete());
        }
        catch (Exception ex)
        {
            // The transaction itself failed: every unit not already failed on its own fails with it
            // (failing twice is a no-op), so no caller waits forever.
            batch.ForEach(r => r.Fail(ex));
        }
        finally
        {
            session.Transaction = null;
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

        _writes.Writer.TryComplete();
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
