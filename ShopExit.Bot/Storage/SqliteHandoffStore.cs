using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage;

/// <summary>The handoff queue in SQLite.</summary>
public sealed class SqliteHandoffStore(SqliteDatabase database, TimeProvider time) : IHandoffStore
{
    private const string Columns = "h.id, h.conversation_id, h.kind, h.status, h.reason, h.context_json, h.waiting_since, h.assigned_to, a.display_name, h.rating, h.rating_comment";
    private const string From = "FROM handoffs h LEFT JOIN agents a ON a.username = h.assigned_to";

    /// <inheritdoc />
    public Task<HandoffRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        QueryOneAsync($"SELECT {Columns} {From} WHERE h.id = $id", cancellationToken, ("$id", id));

    /// <inheritdoc />
    public Task<IReadOnlyList<HandoffRecord>> ListAsync(HandoffStatus status, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} {From} WHERE h.status = $status ORDER BY CASE h.kind WHEN 'live' THEN 0 ELSE 1 END, h.waiting_since, h.id", cancellationToken, ("$status", WireEnum.Name(status)));

    /// <inheritdoc />
    public Task<HandoffRecord?> FindOpenAsync(string conversationId, CancellationToken cancellationToken) =>
        QueryOneAsync(
            $"SELECT {Columns} {From} WHERE h.conversation_id = $conversation AND (h.status = 'active' OR (h.status = 'waiting' AND h.kind = 'live')) ORDER BY h.waiting_since DESC LIMIT 1",
            cancellationToken,
            ("$conversation", conversationId));

    /// <inheritdoc />
    public Task<HandoffRecord?> FindLatestAsync(string conversationId, HandoffKind kind, CancellationToken cancellationToken) =>
        QueryOneAsync(
            $"SELECT {Columns} {From} WHERE h.conversation_id = $conversation AND h.kind = $kind ORDER BY h.updated_at DESC, h.waiting_since DESC LIMIT 1",
            cancellationToken,
            ("$conversation", conversationId), ("$kind", WireEnum.Name(kind)));

    /// <inheritdoc />
    public Task<HandoffUpdate> TryMoveAsync(string id, HandoffStatus fromStatus, HandoffStatus toStatus, string? assignedTo, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        UpdateAndAppendAsync(
            "UPDATE handoffs SET status = $to, assigned_to = COALESCE($agent, assigned_to), updated_at = $now WHERE id = $id AND status = $from RETURNING conversation_id",
            [("$to", WireEnum.Name(toStatus)), ("$agent", assignedTo), ("$now", Now()), ("$id", id), ("$from", WireEnum.Name(fromStatus))],
            append,
            cancellationToken);

    /// <inheritdoc />
    public Task<HandoffUpdate> TryTransferAsync(string id, string fromAgent, string toAgent, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        UpdateAndAppendAsync(
            "UPDATE handoffs SET assigned_to = $to, updated_at = $now WHERE id = $id AND status = 'active' AND assigned_to = $from RETURNING conversation_id",
            [("$to", toAgent), ("$now", Now()), ("$id", id), ("$from", fromAgent)],
            append,
            cancellationToken);

    /// <inheritdoc />
    public Task<HandoffUpdate> TryAbandonAsync(string id, HandoffContext? asTicket, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        asTicket is null
            ? UpdateAndAppendAsync(
                "UPDATE handoffs SET status = 'cancelled', updated_at = $now WHERE id = $id AND status = 'waiting' AND kind = 'live' RETURNING conversation_id",
                [("$now", Now()), ("$id", id)],
                append,
                cancellationToken)
            : UpdateAndAppendAsync(
                "UPDATE handoffs SET kind = 'ticket', context_json = $context, updated_at = $now WHERE id = $id AND status = 'waiting' AND kind = 'live' RETURNING conversation_id",
                [("$context", JsonSerializer.Serialize(asTicket, ActivityJson.Options)), ("$now", Now()), ("$id", id)],
                append,
                cancellationToken);

    /// <inheritdoc />
    public Task<int> CountWaitingLiveAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => Convert.ToInt32(await session.Command("SELECT COUNT(*) FROM handoffs WHERE status = 'waiting' AND kind = 'live'").ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture),
            cancellationToken);

    /// <inheritdoc />
    public Task<int> PositionAsync(string id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => Convert.ToInt32(await session.Command(
                """
                SELECT COUNT(*) FROM handoffs w, handoffs me
                WHERE me.id = $id AND w.status = 'waiting' AND w.kind = 'live'
                  AND (w.waiting_since < me.waiting_since OR (w.waiting_since = me.waiting_since AND w.id <= me.id))
                """,
                ("$id", id)).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, int>> ActiveCountsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<string, int>>(
            async session =>
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                await using var reader = await session.Command("SELECT assigned_to, COUNT(*) FROM handoffs WHERE status = 'active' GROUP BY assigned_to").ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    counts[reader.GetString(0)] = reader.GetInt32(1);
                }

                return counts;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task LogRevealAsync(string agent, string handoffId, string activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command(
                "INSERT INTO pii_reveals (agent, handoff_id, activity_id, revealed_at) VALUES ($agent, $handoff, $activity, $at)",
                ("$agent", agent), ("$handoff", handoffId), ("$activity", activityId), ("$at", StoreJson.FormatTime(at))).ExecuteNonQueryAsync(cancellationToken),
            cancellationToken);

    // Only this store writes these columns, always a wire name: anything else is a damaged row,
    // a store fault like a stored JSON that does not parse (503, and /healthz turns unhealthy).
    private TEnum Parse<TEnum>(SqliteDataReader reader, int ordinal, string column)
        where TEnum : struct, Enum =>
        WireEnum.TryParse<TEnum>(reader.GetString(ordinal), out var value)
            ? value
            : throw new StoreFaultException(database.FilePath, $"the database file {database.FilePath} is corrupt (handoffs.{column} holds '{reader.GetString(ordinal)}')", isCorruption: true, null);

    // One unit on the writer session: the conditional update, then the append to the handoff's own
    // conversation (RETURNING names it). The update's row count decides who won; an append that
    // fails rolls the update back with it, so a claim is never taken without its event.
    private Task<HandoffUpdate> UpdateAndAppendAsync(string updateSql, (string, object?)[] parameters, IReadOnlyList<Activity> append, CancellationToken cancellationToken)
    {
        var now = Now();
        return database.WriteAsync(
            async session =>
            {
                if (await session.Command(updateSql, parameters).ExecuteScalarAsync(cancellationToken) is not string conversationId)
                {
                    return HandoffUpdate.Lost;
                }

                var stored = await SqliteConversationStore.AppendInTransactionAsync(session, conversationId, append, now, cancellationToken);
                return new HandoffUpdate(true, stored);
            },
            cancellationToken);
    }

    private string Now() => StoreJson.FormatTime(time.GetUtcNow());

    private async Task<HandoffRecord?> QueryOneAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        (await QueryAsync(sql, cancellationToken, parameters)).FirstOrDefault();

    private Task<IReadOnlyList<HandoffRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        database.ReadAsync<IReadOnlyList<HandoffRecord>>(
            async session =>
            {
                var result = new List<HandoffRecord>();
                await using var reader = await session.Command(sql, parameters).ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    result.Add(Read(reader));
                }

                return result;
            },
            cancellationToken);

    private HandoffRecord Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        ConversationId = reader.GetString(1),
        Kind = Parse<HandoffKind>(reader, 2, "kind"),
        Status = Parse<HandoffStatus>(reader, 3, "status"),
        Reason = reader.GetString(4),
        Context = JsonSerializer.Deserialize<HandoffContext>(reader.GetString(5), ActivityJson.Options)!,
        WaitingSince = DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        AssignedTo = reader.IsDBNull(7) ? null : reader.GetString(7),
        AssignedToName = reader.IsDBNull(8) ? null : reader.GetString(8),
        Rating = reader.IsDBNull(9) ? null : reader.GetInt32(9),
        RatingComment = reader.IsDBNull(10) ? null : reader.GetString(10),
    };
}
