using Npgsql;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// One connection from the pool, inside a transaction for writes, with the few ways the stores run
/// SQL. Npgsql prepares and caches statements itself, so commands are made per call.
/// </summary>
public sealed class PostgresSession
{
    internal PostgresSession(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The connection.</summary>
    public NpgsqlConnection Connection { get; }

    /// <summary>The open transaction of a write; null for a read.</summary>
    public NpgsqlTransaction? Transaction { get; }

    /// <summary>Runs a statement; the number of rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row, or null when there is no row (or it is NULL).</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is var value and not DBNull ? value : null;
    }

    /// <summary>Every row, each read by <paramref name="read"/>.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private NpgsqlCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, Connection, Transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, PostgresValues.Storable(value)));
        }

        return command;
    }
}
