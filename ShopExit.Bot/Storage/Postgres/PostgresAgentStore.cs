using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>Agent accounts and their presence in PostgreSQL: every instance sees the same heartbeats.</summary>
public sealed class PostgresAgentStore(PostgresDatabase database, TimeProvider time) : IAgentStore
{
    /// <inheritdoc />
    public Task UpsertAsync(string username, string displayName, string role, string passwordHash, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.ExecuteAsync(
                AgentSql.Upsert,
                cancellationToken,
                ("username", username), ("name", displayName), ("role", role), ("hash", passwordHash), ("now", time.GetUtcNow())),
            cancellationToken);

    /// <inheritdoc />
    public async Task<AgentAccount?> FindAsync(string username, CancellationToken cancellationToken) =>
        (await QueryAsync("WHERE username = @username", cancellationToken, ("username", username))).FirstOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken) => QueryAsync("ORDER BY username", cancellationToken);

    /// <inheritdoc />
    public Task SetPresenceAsync(string username, AgentPresence presence, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.ExecuteAsync(
                AgentSql.SetPresence,
                cancellationToken,
                ("presence", WireEnum.Name(presence)), ("at", at), ("username", username)),
            cancellationToken);

    private Task<IReadOnlyList<AgentAccount>> QueryAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync<IReadOnlyList<AgentAccount>>(
            async session => await session.QueryAsync(
                AgentSql.Select + where,
                r => new AgentAccount(
                    r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), AgentSql.ReadPresence(r.GetString(4)),
                    r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5)),
                cancellationToken,
                parameters),
            cancellationToken);
}
