using System.Globalization;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage;

/// <summary>Agent accounts in SQLite.</summary>
public sealed class SqliteAgentStore(SqliteDatabase database, TimeProvider time) : IAgentStore
{
    /// <inheritdoc />
    public Task UpsertAsync(string username, string displayName, string role, string passwordHash, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command(
                AgentSql.Upsert,
                ("@username", username), ("@name", displayName), ("@role", role), ("@hash", passwordHash), ("@now", StoreJson.FormatTime(time.GetUtcNow())))
                .ExecuteNonQueryAsync(cancellationToken),
            cancellationToken);

    /// <inheritdoc />
    public async Task<AgentAccount?> FindAsync(string username, CancellationToken cancellationToken) =>
        (await QueryAsync("WHERE username = @username", cancellationToken, ("@username", username))).FirstOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken) => QueryAsync("ORDER BY username", cancellationToken);

    /// <inheritdoc />
    public Task SetPresenceAsync(string username, AgentPresence presence, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command(
                AgentSql.SetPresence,
                ("@presence", WireEnum.Name(presence)), ("@at", StoreJson.FormatTime(at)), ("@username", username)).ExecuteNonQueryAsync(cancellationToken),
            cancellationToken);

    private Task<IReadOnlyList<AgentAccount>> QueryAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync<IReadOnlyList<AgentAccount>>(
            async session =>
            {
                var result = new List<AgentAccount>();
                await using var reader = await session.Command(AgentSql.Select + where, parameters).ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    result.Add(new AgentAccount(
                        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), AgentSql.ReadPresence(reader.GetString(4)),
                        reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
                }

                return result;
            },
            cancellationToken);
}
