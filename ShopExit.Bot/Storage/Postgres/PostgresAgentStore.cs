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
                """
                INSERT INTO agents (username, display_name, role, password_hash, created_at) VALUES (@username, @name, @role, @hash, @now)
                ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, password_hash = excluded.password_hash
                """,
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
                "UPDATE agents SET presence = @presence, last_seen = @at WHERE username = @username",
                cancellationToken,
                ("presence", WireEnum.Name(presence)), ("at", at), ("username", username)),
            cancellationToken);

    // Only this store writes the column; a value it does not know counts as offline rather than
    // locking the agent out: presence is a heartbeat, set again within a minute.
    private static AgentPresence ReadPresence(string stored) =>
        WireEnum.TryParse<AgentPresence>(stored, out var presence) ? presence : AgentPresence.Offline;

    private Task<IReadOnlyList<AgentAccount>> QueryAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync<IReadOnlyList<AgentAccount>>(
            async session => await session.QueryAsync(
                $"SELECT username, display_name, role, password_hash, presence, last_seen FROM agents {where}",
                r => new AgentAccount(
                    r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ReadPresence(r.GetString(4)),
                    r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5)),
                cancellationToken,
                parameters),
            cancellationToken);
}
