using Microsoft.Extensions.Options;
using Npgsql;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// A conversation's turn lease across instances: a PostgreSQL session-level advisory lock keyed by
/// the conversation, held on a connection of its own while the turns run. PostgreSQL releases it
/// when that session ends, so an instance that dies mid-turn (SIGKILL included) lets another take
/// the conversation at once. Lease connections come from a pool of their own, as large as the
/// turns that may run at once, so held leases never starve the store's queries.
/// </summary>
public sealed class PostgresTurnLease : ITurnLease, IDisposable
{
    private const string Lock = "SELECT pg_advisory_lock(hashtextextended('turn:' || @conversation, 0))";
    private const string Unlock = "SELECT pg_advisory_unlock(hashtextextended('turn:' || @conversation, 0))";

    private readonly Lazy<NpgsqlDataSource> _leases;
    private readonly string _description;

    /// <summary>Creates the lease pool (connected on first use).</summary>
    public PostgresTurnLease(PostgresDatabase database, IOptions<TurnOptions> turns)
    {
        _description = database.Description;
        _leases = new Lazy<NpgsqlDataSource>(() => database.CreatePool(turns.Value.Parallelism + 4, "shopexit-turn-lease"));
    }

    /// <inheritdoc />
    public bool SharedStore => true;

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = await _leases.Value.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(Lock, connection);
            command.Parameters.AddWithValue("conversation", conversationId);
            // No command timeout: a turn of the conversation on another instance may take a while.
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Lease(connection, conversationId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw PostgresFaults.Classify(ex, _description) ?? new StoreFaultException(_description, $"{_description}: the turn lease could not be taken ({ex.Message})", isCorruption: false, ex);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_leases.IsValueCreated)
        {
            _leases.Value.Dispose();
        }
    }

    private sealed class Lease(NpgsqlConnection connection, string conversationId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand(Unlock, connection);
                command.Parameters.AddWithValue("conversation", conversationId);
                await command.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // The connection broke: its session, and the lock with it, is gone anyway.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
