using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage;

/// <summary>
/// The embedded default store: one SQLite file in the data folder, in WAL mode so readers never
/// wait for the writer. Creates the folder and the schema on first use.
/// </summary>
/// <remarks>
/// <para>
/// A data folder or database file that cannot be used fails the first open with a
/// <see cref="StoreFaultException"/> naming the path and the cause (the server calls
/// <see cref="OpenAsync"/> before it starts); so does every read or write that meets a store fault
/// later, and a corrupt database is remembered in <see cref="Corruption"/> for the health check.
/// </para>
/// <para>
/// SQLite has one writer at a time. All writes go through <see cref="WriteAsync{T}"/>: one
/// long-lived session fed by a queue, so writers never race for the lock (they would get
/// SQLITE_BUSY and sleep in retry loops for tens of milliseconds), and writes that arrive
/// together share one commit. Reads use a small pool of long-lived sessions, so statements
/// stay prepared.
/// </para>
/// </remarks>
public sealed class SqliteDatabase : IStoreDatabase, IDisposable
{
    private const int MaxIdleReaders = 16;

    private readonly string _directory;
    private readonly string _connectionString;
    private readonly StoreCorruption _corruption;
    private const int MaxBatch = 64;
    private readonly Channel<WriteRequest> _writes = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _writerLoop;
    private readonly Lazy<Task<SqliteSession>> _writerSession;
    private readonly ConcurrentBag<SqliteSession> _readers = [];

    /// <summary>Creates the database object for the configured data folder.</summary>
    public SqliteDatabase(IOptions<ShopExitOptions> options, ILogger<SqliteDatabase>? logger = null)
    {
        _corruption = new StoreCorruption(logger);
        _directory = Path.GetFullPath(options.Value.DataDirectory);
        FilePath = Path.Combine(_directory, "shopexit.db");
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

    /// <inheritdoc />
    public string Description => $"the database file {FilePath}";

    /// <summary>The first corruption the store met (a corrupt page, a file that is no database), or null.</summary>
    public StoreFaultException? Corruption => _corruption.First;

    /// <summary>
    /// Opens the database now: checks the data folder and the file, creates them and the schema.
    /// Throws <see cref="StoreFaultException"/> when they cannot be used.
    /// </summary>
    public async Task OpenAsync() => await _writerSession.Value;

    /// <inheritdoc />
    public Task PingAsync(CancellationToken cancellationToken) =>
        ReadAsync(session => session.Command("SELECT 1").ExecuteScalarAsync(cancellationToken), cancellationToken);

    /// <summary>Runs a read on a pooled session.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writerSession.Value;
        SqliteSession? session = null;
        var healthy = false;
        try
        {
            if (!_readers.TryTake(out session))
            {
                var connection = new SqliteConnection(_connectionString);
                session = new SqliteSession(connection);
                await connection.OpenAsync(cancellationToken);
            }

            var result = await work(session);
            healthy = true;
            return result;
        }
        catch (Exception ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
        finally
        {
            if (healthy && _readers.Count < MaxIdleReaders)
            {
                _readers.Add(session!);
            }
            else
            {
                session?.Dispose();
            }
        }
    }

    /// <summary>
    /// The store fault <paramref name="exception"/> is (see <see cref="StoreFaults.Classify"/>), or
    /// null; a corruption is remembered, and logged with the database path the first time.
    /// </summary>
    internal StoreFaultException? Fault(Exception exception) => _corruption.Note(StoreFaults.Classify(exception, FilePath));

    /// <summary>
    /// Runs <paramref name="work"/> as one atomic unit on the writer session. Writes arriving
    /// together share one transaction (group commit), each in a savepoint of its own: a unit that
    /// throws is rolled back alone and its caller gets the exception; the others commit together.
    /// </summary>
    /// <remarks>
    /// Once queued, a write is not cancelled and its caller waits for the commit (milliseconds):
    /// only a token already cancelled stops it from being queued.
    /// </remarks>
    public Task<T> WriteAsync<T>(Func<SqliteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var request = new WriteRequest<T>(work);
        _writes.Writer.TryWrite(request);
        EnsureWriterLoop();
        return request.Task;
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

    private async Task RunBatchAsync(SqliteSession session, List<WriteRequest> batch)
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
                    request.Fail(Fault(ex) ?? ex);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
            done.ForEach(r => r.Complete());
        }
        catch (Exception ex)
        {
            // The transaction itself failed: every unit not already failed on its own fails with it
            // (failing twice is a no-op), so no caller waits forever.
            var fault = Fault(ex) ?? ex;
            batch.ForEach(r => r.Fail(fault));
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
    // a crash loses at most the last moments before it, never the database's consistency. The
    // writer's page cache (32 MB) holds the pages every turn touches, so writes do not read them
    // back from the file; savepoints journal in memory rather than in a temp file; and checkpoints
    // run every 10,000 pages (40 MB of WAL), so a page written again and again is copied once.
    private async Task<SqliteSession> OpenWriterAsync()
    {
        StoreFaults.CheckFiles(_directory, FilePath);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 10000;" + SqliteSchema.Script;
                await command.ExecuteNonQueryAsync();
            }

            await SqliteSchema.MigrateAsync(connection);
            return new SqliteSession(connection);
        }
        catch (Exception ex)
        {
            await connection.DisposeAsync();
            // Not logged here: the caller reports it (the server prints it as its one line and stops).
            throw StoreFaults.Classify(ex, FilePath) ?? new StoreFaultException(FilePath, $"the database file {FilePath} cannot be opened ({ex.Message})", isCorruption: false, ex);
        }
    }
}
