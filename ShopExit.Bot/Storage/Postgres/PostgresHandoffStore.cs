using System.Globalization;
using System.Text.Json;
using Npgsql;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// The handoff queue in PostgreSQL. Claims, transfers and resolves are conditional updates: when
/// two agents (on any instances) claim at once, the second waits for the first's row lock and then
/// finds the status changed, so exactly one wins.
/// </summary>
public sealed class PostgresHandoffStore(PostgresDatabase database, TimeProvider time) : IHandoffStore
{
    /// <inheritdoc />
    public Task<HandoffRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        QueryOneAsync(HandoffSql.Get, cancellationToken, ("id", id));

    /// <inheritdoc />
    public Task<IReadOnlyList<HandoffRecord>> ListAsync(HandoffStatus status, CancellationToken cancellationToken) =>
        QueryAsync(HandoffSql.List, cancellationToken, ("status", WireEnum.Name(status)));

    /// <inheritdoc />
    public Task<HandoffRecord?> FindOpenAsync(string conversationId, CancellationToken cancellationToken) =>
        QueryOneAsync(HandoffSql.FindOpen, cancellationToken, ("conversation", conversationId));

    /// <inheritdoc />
    public Task<HandoffRecord?> FindLatestAsync(string conversationId, HandoffKind kind, CancellationToken cancellationToken) =>
        QueryOneAsync(HandoffSql.FindLatest, cancellationToken, ("conversation", conversationId), ("kind", WireEnum.Name(kind)));

    /// <inheritdoc />
    public Task<HandoffUpdate> TryMoveAsync(string id, HandoffStatus fromStatus, HandoffStatus toStatus, string? assignedTo, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        UpdateAndAppendAsync(
            id,
            HandoffSql.Move,
            [("to", WireEnum.Name(toStatus)), ("agent", assignedTo), ("now", time.GetUtcNow()), ("id", id), ("from", WireEnum.Name(fromStatus))],
            append,
            cancellationToken);

    /// <inheritdoc />
    public Task<HandoffUpdate> TryTransferAsync(string id, string fromAgent, string toAgent, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        UpdateAndAppendAsync(id, HandoffSql.Transfer, [("to", toAgent), ("now", time.GetUtcNow()), ("id", id), ("from", fromAgent)], append, cancellationToken);

    /// <inheritdoc />
    public Task<HandoffUpdate> TryAbandonAsync(string id, HandoffContext? asTicket, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        asTicket is null
            ? UpdateAndAppendAsync(id, HandoffSql.Abandon, [("now", time.GetUtcNow()), ("id", id)], append, cancellationToken)
            : UpdateAndAppendAsync(id, HandoffSql.AbandonAsTicket, [("context", JsonSerializer.Serialize(asTicket, ActivityJson.Options)), ("now", time.GetUtcNow()), ("id", id)], append, cancellationToken);

    /// <inheritdoc />
    public Task<int> CountWaitingLiveAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async session => Convert.ToInt32(await session.ScalarAsync(HandoffSql.CountWaitingLive, cancellationToken), CultureInfo.InvariantCulture), cancellationToken);

    /// <inheritdoc />
    public Task<int> PositionAsync(string id, CancellationToken cancellationToken) =>
        database.ReadAsync(async session => Convert.ToInt32(await session.ScalarAsync(HandoffSql.Position, cancellationToken, ("id", id)), CultureInfo.InvariantCulture), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, int>> ActiveCountsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<string, int>>(
            async session => (await session.QueryAsync(
                    HandoffSql.ActiveCounts,
                    r => (Agent: r.GetString(0), Count: (int)r.GetInt64(1)),
                    cancellationToken))
                .ToDictionary(c => c.Agent, c => c.Count, StringComparer.Ordinal),
            cancellationToken);

    /// <inheritdoc />
    public Task LogRevealAsync(string agent, string handoffId, string activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.ExecuteAsync(HandoffSql.LogReveal, cancellationToken, ("agent", agent), ("handoff", handoffId), ("activity", activityId), ("at", at)),
            cancellationToken);

    // One transaction: the conversation's row is locked first, the order a turn's commit takes
    // (its conversation, then the handoff its effects touch), so a claim and a turn of the same
    // conversation queue instead of deadlocking. Then the conditional update, whose row count
    // decides who won, and the append; an append that fails rolls the update back with it, so a
    // claim is never taken without its event. A handoff's conversation never changes, so it can
    // be read before the lock.
    private Task<HandoffUpdate> UpdateAndAppendAsync(string id, string updateSql, (string, object?)[] parameters, IReadOnlyList<Activity> append, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync(
            async session =>
            {
                if (await session.ScalarAsync("SELECT conversation_id FROM handoffs WHERE id = @id", cancellationToken, ("id", id)) is not string conversationId)
                {
                    return HandoffUpdate.Lost;
                }

                await session.ExecuteAsync("SELECT 1 FROM conversations WHERE id = @id FOR UPDATE", cancellationToken, ("id", conversationId));
                if (await session.ScalarAsync(updateSql, cancellationToken, parameters) is null)
                {
                    return HandoffUpdate.Lost;
                }

                var stored = await PostgresConversationStore.AppendInTransactionAsync(session, conversationId, append, now, cancellationToken);
                return new HandoffUpdate(true, stored);
            },
            cancellationToken);
    }

    // Only this store writes these columns, always a wire name: anything else is a damaged row,
    // a store fault like a stored JSON that does not parse (503, and /healthz turns unhealthy).
    private TEnum Parse<TEnum>(NpgsqlDataReader reader, int ordinal, string column)
        where TEnum : struct, Enum =>
        WireEnum.TryParse<TEnum>(reader.GetString(ordinal), out var value)
            ? value
            : throw new StoreFaultException(database.Description, $"{database.Description} is corrupt (handoffs.{column} holds '{reader.GetString(ordinal)}')", isCorruption: true, null);

    private async Task<HandoffRecord?> QueryOneAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        (await QueryAsync(sql, cancellationToken, parameters)).FirstOrDefault();

    private Task<IReadOnlyList<HandoffRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync<IReadOnlyList<HandoffRecord>>(async session => await session.QueryAsync(sql, Read, cancellationToken, parameters), cancellationToken);

    private HandoffRecord Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        ConversationId = reader.GetString(1),
        Kind = Parse<HandoffKind>(reader, 2, "kind"),
        Status = Parse<HandoffStatus>(reader, 3, "status"),
        Reason = reader.GetString(4),
        Context = JsonSerializer.Deserialize<HandoffContext>(reader.GetString(5), ActivityJson.Options)!,
        WaitingSince = reader.GetFieldValue<DateTimeOffset>(6),
        AssignedTo = reader.IsDBNull(7) ? null : reader.GetString(7),
        AssignedToName = reader.IsDBNull(8) ? null : reader.GetString(8),
        Rating = reader.IsDBNull(9) ? null : reader.GetInt32(9),
        RatingComment = reader.IsDBNull(10) ? null : reader.GetString(10),
    };
}
