using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>
/// Conversations and transcripts in SQLite. Every write is one transaction on the writer
/// session, so the sequence numbers have no gaps and a turn's replies, state, read position,
/// effects and analysis land together.
/// </summary>
public sealed class SqliteConversationStore(SqliteDatabase database, SqliteEffectWriters effects, TimeProvider time) : IConversationStore
{
    private const string SelectActivities = "SELECT seq, activity_json FROM activities WHERE conversation_id = $id AND seq > $after ORDER BY seq LIMIT $limit";

    private const string SelectAnalysedActivities = "SELECT seq, activity_json, analysis_json FROM activities WHERE conversation_id = $id AND seq > $after ORDER BY seq LIMIT $limit";

    /// <inheritdoc />
    public Task<bool> CreateAsync(string conversationId, string userId, ConversationData data, CancellationToken cancellationToken)
    {
        var dataJson = JsonSerializer.Serialize(data, ActivityJson.Options);
        var now = StoreJson.FormatTime(time.GetUtcNow());
        return database.WriteAsync(
            async session => await session.Command(
                """
                INSERT INTO conversations (id, user_id, data_json, version, processed_seq, last_seq, last_user_seq, created_at, updated_at)
                VALUES ($id, $user, $data, 1, 0, 0, 0, $now, $now)
                ON CONFLICT (id) DO NOTHING
                """,
                ("$id", conversationId), ("$user", userId), ("$data", dataJson), ("$now", now)).ExecuteNonQueryAsync(cancellationToken) == 1,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session =>
            {
                await using var reader = await session.Command(
                    "SELECT user_id, data_json, version, processed_seq, last_seq, last_user_seq FROM conversations WHERE id = $id",
                    ("$id", conversationId)).ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return null;
                }

                var data = JsonSerializer.Deserialize<ConversationData>(reader.GetString(1), ActivityJson.Options) ?? new ConversationData();
                return new ConversationRecord(conversationId, reader.GetString(0), data, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<(long Processed, long LastUser)?> GetProgressAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync<(long, long)?>(
            async session =>
            {
                await using var reader = await session.Command("SELECT processed_seq, last_user_seq FROM conversations WHERE id = $id", ("$id", conversationId)).ExecuteReaderAsync(cancellationToken);
                return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<string?> GetUserIdAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => await session.Command("SELECT user_id FROM conversations WHERE id = $id", ("$id", conversationId)).ExecuteScalarAsync(cancellationToken) as string,
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> IsEndedAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => await session.Command("SELECT ended_at IS NOT NULL FROM conversations WHERE id = $id", ("$id", conversationId)).ExecuteScalarAsync(cancellationToken) is long ended && ended != 0,
            cancellationToken);

    /// <inheritdoc />
    public Task<long?> GetLastSequenceAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => await session.Command("SELECT last_seq FROM conversations WHERE id = $id", ("$id", conversationId)).ExecuteScalarAsync(cancellationToken) is long last ? last : (long?)null,
            cancellationToken);

    /// <inheritdoc />
    /// <remarks>Each is checked to be JSON (a damaged row is a store fault), so the stream never sends anything else.</remarks>
    public Task<IReadOnlyList<(long Sequence, string Json)>> GetActivityJsonAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<(long, string)>>(
            async session =>
            {
                var result = new List<(long, string)>();
                await using var reader = await session.Command(SelectActivities, ("$id", conversationId), ("$after", afterSequence), ("$limit", limit)).ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var json = reader.GetString(1);
                    StoreJson.EnsureValid(json);
                    result.Add((reader.GetInt64(0), json));
                }

                return result;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<StoredActivity>>(
            async session =>
            {
                var result = new List<StoredActivity>();
                await using var reader = await session.Command(SelectAnalysedActivities, ("$id", conversationId), ("$after", afterSequence), ("$limit", limit)).ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    try
                    {
                        var analysis = reader.IsDBNull(2) ? null : JsonSerializer.Deserialize<TextAnalysis>(reader.GetString(2), StoreJson.Options);
                        result.Add(new StoredActivity(reader.GetInt64(0), JsonSerializer.Deserialize<Activity>(reader.GetString(1), ActivityJson.Options)!, analysis));
                    }
                    catch (JsonException ex)
                    {
                        // SQLite cannot see damage inside a row: a row that does not parse is a store fault too.
                        throw database.Fault(ex)!;
                    }
                }

                return result;
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredActivity>> GetLatestActivitiesAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        var progress = await database.ReadAsync(
            async session => await session.Command("SELECT last_seq FROM conversations WHERE id = $id", ("$id", conversationId)).ExecuteScalarAsync(cancellationToken) as long?,
            cancellationToken);
        return progress is { } last ? await GetActivitiesAsync(conversationId, Math.Max(0, last - limit), limit, cancellationToken) : [];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredActivity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var now = StoreJson.FormatTime(time.GetUtcNow());
        return database.WriteAsync(session => AppendInTransactionAsync(session, conversationId, activities, now, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<CommittedTurn> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var dataJson = JsonSerializer.Serialize(commit.Data, ActivityJson.Options);
        var analysisJson = commit.Analysis is null || commit.ProcessedSequence == 0 ? null : JsonSerializer.Serialize(commit.Analysis, StoreJson.Options);
        var now = StoreJson.FormatTime(time.GetUtcNow());
        return database.WriteAsync(
            async session =>
            {
                // The new state and the replies' place in one statement; no row back means the
                // conversation moved on (another instance committed first).
                ConversationRecord after;
                await using (var reader = await session.Command(
                    $"""
                    UPDATE conversations SET data_json = $data, version = version + 1, updated_at = $now, {AdvanceProgress}
                    WHERE id = $id AND version = $version
                    RETURNING user_id, version, processed_seq, last_seq, last_user_seq
                    """,
                    ("$data", dataJson), ("$now", now), ("$count", commit.Replies.Count), ("$lastUser", TranscriptRules.LastNeedingTurn(commit.Replies)), ("$processed", commit.ProcessedSequence),
                    ("$id", commit.ConversationId), ("$version", commit.ExpectedVersion)).ExecuteReaderAsync(cancellationToken))
                {
                    if (!await reader.ReadAsync(cancellationToken))
                    {
                        throw new ConcurrencyException(commit.ConversationId);
                    }

                    after = new ConversationRecord(commit.ConversationId, reader.GetString(0), commit.Data, reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
                }

                if (analysisJson is not null)
                {
                    await session.Command(
                        "UPDATE activities SET analysis_json = $analysis WHERE conversation_id = $id AND seq = $seq",
                        ("$id", commit.ConversationId), ("$seq", commit.ProcessedSequence), ("$analysis", analysisJson)).ExecuteNonQueryAsync(cancellationToken);
                }

                var stored = await InsertAsync(session, commit.ConversationId, commit.Replies, after.LastSequence - commit.Replies.Count + 1, cancellationToken);
                await effects.WriteAllAsync(session, commit.ConversationId, commit.Effects, cancellationToken);
                return new CommittedTurn(stored, after);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetConversationsWithPendingTurnsAsync(CancellationToken cancellationToken) =>
        IdsAsync("SELECT id FROM conversations WHERE last_user_seq > processed_seq ORDER BY updated_at", cancellationToken);

    private Task<IReadOnlyList<string>> IdsAsync(string sql, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<string>>(
            async session =>
            {
                var result = new List<string>();
                await using var reader = await session.Command(sql).ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    result.Add(reader.GetString(0));
                }

                return result;
            },
            cancellationToken);

    // How the conversation's read position and last activities move when `$count` activities are
    // appended, the last of them needing a turn `$lastUser` places in (0: none does). When nothing
    // before them waits for a turn and none of them needs one, the read position moves past them:
    // the next message then follows it directly and its turn can start from the posted activity in
    // memory. `$processed` is how far a committing turn has read (0 for a plain append). SQLite
    // evaluates every expression on the row as it was, so one statement does it all.
    private const string AdvanceProgress = """
        processed_seq = CASE
            WHEN $lastUser = 0 AND MAX(processed_seq, $processed) = last_seq AND last_user_seq <= MAX(processed_seq, $processed) THEN last_seq + $count
            ELSE MAX(processed_seq, $processed) END,
        last_user_seq = CASE WHEN $lastUser = 0 THEN last_user_seq ELSE MAX(last_user_seq, last_seq + $lastUser) END,
        last_seq = last_seq + $count
        """;

    /// <summary>
    /// Appends on an open transaction (a unit of <see cref="SqliteDatabase.WriteAsync{T}"/>, whose
    /// savepoint undoes everything if it throws): one statement moves the conversation's
    /// progress and hands out the sequence numbers, then the activities are inserted.
    /// </summary>
    internal static async Task<IReadOnlyList<StoredActivity>> AppendInTransactionAsync(SqliteSession session, string conversationId, IReadOnlyList<Activity> activities, string now, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        long last;
        bool ended;
        await using (var reader = await session.Command(
            $"UPDATE conversations SET {AdvanceProgress} WHERE id = $id RETURNING last_seq, ended_at IS NOT NULL",
            ("$count", activities.Count), ("$lastUser", TranscriptRules.LastNeedingTurn(activities)), ("$processed", 0L), ("$id", conversationId)).ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.");
            }

            (last, ended) = (reader.GetInt64(0), reader.GetBoolean(1));
        }

        if (ended && TranscriptRules.AnyMerchants(activities))
        {
            throw new ConversationEndedException(conversationId);
        }

        var stored = await InsertAsync(session, conversationId, activities, last - activities.Count + 1, cancellationToken);
        if (TranscriptRules.EndsConversation(activities))
        {
            await session.Command("UPDATE conversations SET ended_at = $now WHERE id = $id", ("$now", now), ("$id", conversationId)).ExecuteNonQueryAsync(cancellationToken);
        }

        return stored;
    }

    // The activities get their ids from their sequence numbers, then their JSON, as stored.
    private static async Task<IReadOnlyList<StoredActivity>> InsertAsync(SqliteSession session, string conversationId, IReadOnlyList<Activity> activities, long first, CancellationToken cancellationToken)
    {
        var stored = new List<StoredActivity>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var (activity, sequence) = (activities[i], first + i);
            activity.Id = ActivityIds.For(conversationId, sequence);
            var json = JsonSerializer.Serialize(activity, ActivityJson.Options);
            await session.Command(
                "INSERT INTO activities (conversation_id, seq, role, activity_json) VALUES ($id, $seq, $role, $json)",
                ("$id", conversationId), ("$seq", sequence), ("$role", activity.From?.Role), ("$json", json)).ExecuteNonQueryAsync(cancellationToken);
            stored.Add(new StoredActivity(sequence, activity) { Json = json });
        }

        return stored;
    }
}
