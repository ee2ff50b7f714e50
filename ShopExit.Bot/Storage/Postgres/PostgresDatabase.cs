using Npgsql;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by every instance (<c>ConnectionStrings:Postgres</c>). Unlike
/// SQLite there is no single writer to queue for: each write is a transaction on a pooled
/// connection, and the rows it locks (a conversation, a handoff) are what serialises writers,
/// across connections and instances alike.
/// </summary>
/// <remarks>
/// The connection string is checked and the schema migrated by <see cref="OpenAsync"/> (the server
/// calls it before it listens), never in the constructor, so a missing or invalid string is
/// reported as a start fault with one line like any other.
/// </remarks>
public sealed class PostgresDatabase : IStoreDatabase, IDisposable
{
    /// <summary>The connection string's configuration key.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:Postgres";

    private readonly Lazy<NpgsqlDataSource> _dataSource;
    private readonly string? _connectionString;
    private readonly Lazy<Task> _opened;
    private readonly StoreCorruption _corruption;

    /// <summary>Creates the database object; nothing is connected yet.</summary>
    public PostgresDatabase(string? connectionString, ILogger<PostgresDatabase>? logger = null)
    {
        _corruption = new StoreCorruption(logger);
        _connectionString = connectionString;
        Description = Describe(connectionString);
        _dataSource = new Lazy<NpgsqlDataSource>(() => CreateDataSource(connectionString));
        _opened = new Lazy<Task>(OpenCoreAsync);
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public StoreFaultException? Corruption => _corruption.First;

    /// <inheritdoc />
    public Task OpenAsync() => _opened.Value;

    /// <summary>A pool of its own on the same database (the turn leases' connections), at most <paramref name="size"/> connections.</summary>
    public NpgsqlDataSource CreatePool(int size, string applicationName)
    {
        // The shared pool is made first: it is what refuses a missing or invalid connection string clearly.
        _ = _dataSource.Value;
        var builder = new NpgsqlConnectionStringBuilder(_connectionString) { MaxPoolSize = size, ApplicationName = applicationName };
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <inheritdoc />
    public Task PingAsync(CancellationToken cancellationToken) =>
        ReadAsync(session => session.ScalarAsync("SELECT 1", cancellationToken), cancellationToken);

    /// <summary>Runs a read on a pooled connection, outside any transaction.</summary>
    public async Task<T> ReadAsync<T>(Func<PostgresSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _opened.Value;
        try
        {
            await using var connection = await _dataSource.Value.OpenConnectionAsync(cancellationToken);
            return await work(new PostgresSession(connection, null));
        }
        catch (Exception ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction (read committed): committed when it returns,
    /// rolled back when it throws, so a caller never hears "done" before the commit and a failed
    /// unit leaves nothing behind.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<PostgresSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _opened.Value;
        try
        {
            await using var connection = await _dataSource.Value.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(new PostgresSession(connection, transaction));

            // Not cancelled once the work is done: a commit cut off would leave its outcome unknown.
            await transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        catch (Exception ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>
    /// The store fault <paramref name="exception"/> is (see <see cref="PostgresFaults"/>), or null;
    /// a corruption is remembered for the health check and logged the first time.
    /// </summary>
    internal StoreFaultException? Fault(Exception exception) => _corruption.Note(PostgresFaults.Classify(exception, Description));

    /// <inheritdoc />
    public void Dispose()
    {
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }
    }

    // Connects once and migrates the schema; the pool keeps the connection for the first request.
    private async Task OpenCoreAsync()
    {
        try
        {
            await using var connection = await _dataSource.Value.OpenConnectionAsync();
            await PostgresMigrator.MigrateAsync(connection, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Not logged here: the caller reports it (the server prints it as its one line and stops).
            throw PostgresFaults.Classify(ex, Description) ?? new StoreFaultException(Description, $"{Description} cannot be opened ({ex.Message})", isCorruption: false, ex);
        }
    }

    private static NpgsqlDataSource CreateDataSource(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreFaultException(
                ConnectionStringKey,
                $"{StoreSelection.Key} is 'postgres' but {ConnectionStringKey} is not set (an Npgsql connection string: Host=…;Database=…;Username=…;Password=…)",
                isCorruption: false,
                null);
        }

        try
        {
            return NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreFaultException(ConnectionStringKey, $"{ConnectionStringKey} is not a valid Npgsql connection string ({ex.Message})", isCorruption: false, ex);
        }
    }

    // "the PostgreSQL database shopexit on db:5432": what an operator checks first, no password.
    private static string Describe(string? connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"the PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host ?? "localhost"}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return $"the PostgreSQL database of {ConnectionStringKey}";
        }
    }
}
