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
    /// <inheritdoc />
    public Task<HandoffRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        QueryOneAsync(HandoffSql.Get, cancellationToken, ("@id", id));

    /// <inheritdoc />
    public Task<IReadOnlyList<HandoffRecord>> ListAsync(HandoffStatus status, CancellationToken cancellationToken) =>
        QueryAsync(HandoffSql.List, cancellationToken, ("@status", WireEnum.Name(status)));

    /// <inheritdoc />
    public Task<HandoffRecord?> FindOpenAsync(string conversationId, CancellationToken cancellationToken) =>
        QueryOneAsync(HandoffSql.FindOpen, cancellationToken, ("@conversation", conversationId));

    /// <inheritdoc />
    public Task<HandoffRecord?> FindLatestAsync(string conversationId, HandoffKind kind, CancellationToken cancellationToken) =>
        QueryOneAsync(HandoffSql.FindLatest, cancellationToken, ("@conversation", conversationId), ("@kind", WireEnum.Name(kind)));

    /// <inheritdoc />
    public Task<HandoffUpdate> TryMoveAsync(string id, HandoffStatus fromStatus, HandoffStatus toStatus, string? assignedTo, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        UpdateAndAppendAsync(
            HandoffSql.Move,
            [("@to", WireEnum.Name(toStatus)), ("@agent", assignedTo), ("@now", Now()), ("@id", id), ("@from", WireEnum.Name(fromStatus))],
            append,
            cancellationToken);

    /// <inheritdoc />
    public Task<HandoffUpdate> TryTransferAsync(string id, string fromAgent, string toAgent, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        UpdateAndAppendAsync(HandoffSql.Transfer, [("@to", toAgent), ("@now", Now()), ("@id", id), ("@from", fromAgent)], append, cancellationToken);

    /// <inheritdoc />
    public Task<HandoffUpdate> TryAbandonAsync(string id, HandoffContext? asTicket, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
        asTicket is null
            ? UpdateAndAppendAsync(HandoffSql.Abandon, [("@now", Now()), ("@id", id)], append, cancellationToken)
            : UpdateAndAppendAsync(HandoffSql.AbandonAsTicket, [("@context", JsonSerializer.Serialize(asTicket, ActivityJson.Options)), ("@now", Now()), ("@id", id)], append, cancellationToken);

    /// <inheritdoc />
    public Task<int> CountWaitingLiveAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => Convert.ToInt32(await session.Command(HandoffSql.CountWaitingLive).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture),
            cancellationToken);

    /// <inheritdoc />
    public Task<int> PositionAsync(string id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => Convert.ToInt32(await session.Command(HandoffSql.Position, ("@id", id)).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, int>> ActiveCountsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<string, int>>(
            async session =>
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                await using var reader = await session.Command(HandoffSql.ActiveCounts).ExecuteReaderAsync(cancellationToken);
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
            session => session.Command(HandoffSql.LogReveal, ("@agent", agent), ("@handoff", handoffId), ("@activity", activityId), ("@at", StoreJson.FormatTime(at))).ExecuteNonQueryAsync(cancellationToken),
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
