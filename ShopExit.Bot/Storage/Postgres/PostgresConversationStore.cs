using System.Text.Json;
using Npgsql;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// Conversations and transcripts in PostgreSQL, with the SQLite store's semantics across any
/// number of connections and instances: an append or a commit first updates the conversation's
/// row, which locks it until the transaction ends, so appends to one conversation queue behind
/// each other and each takes its sequence numbers from the row as the previous one left it.
/// </summary>
public sealed class PostgresConversationStore(PostgresDatabase database, PostgresEffectWriters effects, TimeProvider time) : IConversationStore
{
    private const string ConversationColumns = "user_id, data_json, version, processed_seq, last_seq, last_user_seq";

    // How the conversation's read position and last activities move when @count activities are
    // appended, the last of them needing a turn @lastUser places in (0: none does); @processed is
    // how far a committing turn has read (0 for a plain append). When nothing before them waits
    // for a turn and none of them needs one, the read position moves past them (see
    // SqliteConversationStore). PostgreSQL evaluates every SET expression on the row as it was
    // before the update, as SQLite does, so one statement does it all.
    private const string AdvanceProgress = """
        processed_seq = CASE
            WHEN @lastUser = 0 AND GREATEST(processed_seq, @processed) = last_seq AND last_user_seq <= GREATEST(processed_seq, @processed) THEN last_seq + @count
            ELSE GREATEST(processed_seq, @processed) END,
        last_user_seq = CASE WHEN @lastUser = 0 THEN last_user_seq ELSE GREATEST(last_user_seq, last_seq + @lastUser) END,
        last_seq = last_seq + @count
        """;

    /// <inheritdoc />
    public Task<bool> CreateAsync(string conversationId, string userId, ConversationData data, CancellationToken cancellationToken)
    {
        var dataJson = JsonSerializer.Serialize(data, ActivityJson.Options);
        var now = time.GetUtcNow();
        return database.WriteAsync(
            async session => await session.ExecuteAsync(
                """
                INSERT INTO conversations (id, user_id, data_json, version, processed_seq, last_seq, last_user_seq, created_at, updated_at)
                VALUES (@id, @user, @data, 1, 0, 0, 0, @now, @now)
                ON CONFLICT (id) DO NOTHING
                """,
                cancellationToken,
                ("id", conversationId), ("user", userId), ("data", dataJson), ("now", now)) == 1,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => (await session.QueryAsync(
                $"SELECT {ConversationColumns} FROM conversations WHERE id = @id",
                r => ReadConversation(r, conversationId, JsonSerializer.Deserialize<ConversationData>(r.GetString(1), ActivityJson.Options) ?? new ConversationData()),
                cancellationToken,
                ("id", conversationId))).FirstOrDefault(),
            cancellationToken);

    /// <inheritdoc />
    public Task<(long Processed, long LastUser)?> GetProgressAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => (await session.QueryAsync<(long, long)?>(
                "SELECT processed_seq, last_user_seq FROM conversations WHERE id = @id", r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken, ("id", conversationId))).FirstOrDefault(),
            cancellationToken);

    /// <inheritdoc />
    public Task<string?> GetUserIdAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => await session.ScalarAsync("SELECT user_id FROM conversations WHERE id = @id", cancellationToken, ("id", conversationId)) as string,
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> IsEndedAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => await session.ScalarAsync("SELECT ended_at IS NOT NULL FROM conversations WHERE id = @id", cancellationToken, ("id", conversationId)) is true,
            cancellationToken);

    /// <inheritdoc />
    public Task<long?> GetLastSequenceAsync(string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async session => await session.ScalarAsync("SELECT last_seq FROM conversations WHERE id = @id", cancellationToken, ("id", conversationId)) as long?,
            cancellationToken);

    /// <inheritdoc />
    /// <remarks>Each is checked to be JSON (a damaged row is a store fault), so the stream never sends anything else.</remarks>
    public Task<IReadOnlyList<(long Sequence, string Json)>> GetActivityJsonAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<(long, string)>>(
            async session => await session.QueryAsync(
                "SELECT seq, activity_json FROM activities WHERE conversation_id = @id AND seq > @after ORDER BY seq LIMIT @limit",
                r =>
                {
                    var json = r.GetString(1);
                    StoreJson.EnsureValid(json);
                    return (r.GetInt64(0), json);
                },
                cancellationToken,
                ("id", conversationId), ("after", afterSequence), ("limit", limit)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<StoredActivity>>(
            async session => await session.QueryAsync(
                "SELECT seq, activity_json, analysis_json FROM activities WHERE conversation_id = @id AND seq > @after ORDER BY seq LIMIT @limit",
                ReadActivity,
                cancellationToken,
                ("id", conversationId), ("after", afterSequence), ("limit", limit)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredActivity>> GetLatestActivitiesAsync(string conversationId, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<StoredActivity>>(
            async session => await session.QueryAsync(
                """
                SELECT seq, activity_json, analysis_json FROM (
                    SELECT seq, activity_json, analysis_json FROM activities WHERE conversation_id = @id ORDER BY seq DESC LIMIT @limit) latest
                ORDER BY seq
                """,
                ReadActivity,
                cancellationToken,
                ("id", conversationId), ("limit", limit)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredActivity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync(session => AppendInTransactionAsync(session, conversationId, activities, now, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<CommittedTurn> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var dataJson = JsonSerializer.Serialize(commit.Data, ActivityJson.Options);
        var analysisJson = commit.Analysis is null || commit.ProcessedSequence == 0 ? null : JsonSerializer.Serialize(commit.Analysis, StoreJson.Options);
        var now = time.GetUtcNow();
        return database.WriteAsync(
            async session =>
            {
                // The version check and the row lock in one statement: a commit that waited for
                // another one's lock sees the row that one left, whose version no longer matches, and
                // gets no row back (PostgreSQL re-reads the row before it applies the WHERE again).
                var rows = await session.QueryAsync(
                    $"""
                    UPDATE conversations SET data_json = @data, version = version + 1, updated_at = @now, {AdvanceProgress}
                    WHERE id = @id AND version = @version
                    RETURNING {ConversationColumns}
                    """,
                    r => ReadConversation(r, commit.ConversationId, commit.Data),
                    cancellationToken,
                    ("data", dataJson), ("now", now), ("count", commit.Replies.Count), ("lastUser", TranscriptRules.LastNeedingTurn(commit.Replies)),
                    ("processed", commit.ProcessedSequence), ("id", commit.ConversationId), ("version", commit.ExpectedVersion));
                var after = rows.Count == 1 ? rows[0] : throw new ConcurrencyException(commit.ConversationId);

                if (analysisJson is not null)
                {
                    await session.ExecuteAsync(
                        "UPDATE activities SET analysis_json = @analysis WHERE conversation_id = @id AND seq = @seq",
                        cancellationToken,
                        ("analysis", analysisJson), ("id", commit.ConversationId), ("seq", commit.ProcessedSequence));
                }

                var stored = await InsertAsync(session, commit.ConversationId, commit.Replies, after.LastSequence - commit.Replies.Count + 1, cancellationToken);
                await effects.WriteAllAsync(session, commit.ConversationId, commit.Effects, cancellationToken);
                return new CommittedTurn(stored, after);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetConversationsWithPendingTurnsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<string>>(
            async session => await session.QueryAsync("SELECT id FROM conversations WHERE last_user_seq > processed_seq ORDER BY updated_at", r => r.GetString(0), cancellationToken),
            cancellationToken);

    /// <summary>
    /// Appends on an open transaction (the handoff store's claims use it too, so a claim commits
    /// with its event): the conversation's row is updated first, which locks it and hands out the
    /// sequence numbers, then the activities are inserted. Throwing rolls everything back.
    /// </summary>
    internal static async Task<IReadOnlyList<StoredActivity>> AppendInTransactionAsync(PostgresSession session, string conversationId, IReadOnlyList<Activity> activities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var rows = await session.QueryAsync(
            $"UPDATE conversations SET {AdvanceProgress} WHERE id = @id RETURNING last_seq, ended_at IS NOT NULL",
            r => (Last: r.GetInt64(0), Ended: r.GetBoolean(1)),
            cancellationToken,
            ("count", activities.Count), ("lastUser", TranscriptRules.LastNeedingTurn(activities)), ("processed", 0L), ("id", conversationId));
        var (last, ended) = rows.Count == 1 ? rows[0] : throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.");

        if (ended && TranscriptRules.AnyMerchants(activities))
        {
            throw new ConversationEndedException(conversationId);
        }

        var stored = await InsertAsync(session, conversationId, activities, last - activities.Count + 1, cancellationToken);
        if (TranscriptRules.EndsConversation(activities))
        {
            await session.ExecuteAsync("UPDATE conversations SET ended_at = @now WHERE id = @id", cancellationToken, ("now", now), ("id", conversationId));
        }

        return stored;
    }

    // The activities get their ids from their sequence numbers, then their JSON, as stored; one
    // statement inserts them all.
    private static async Task<IReadOnlyList<StoredActivity>> InsertAsync(PostgresSession session, string conversationId, IReadOnlyList<Activity> activities, long first, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var stored = new List<StoredActivity>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var (activity, sequence) = (activities[i], first + i);
            activity.Id = ActivityIds.For(conversationId, sequence);
            stored.Add(new StoredActivity(sequence, activity) { Json = JsonSerializer.Serialize(activity, ActivityJson.Options) });
        }

        await session.ExecuteAsync(
            """
            INSERT INTO activities (conversation_id, seq, role, activity_json)
            SELECT @id, a.seq, a.role, a.json FROM unnest(@seqs, @roles, @jsons) AS a (seq, role, json)
            """,
            cancellationToken,
            ("id", conversationId), ("seqs", stored.Select(s => s.Sequence).ToArray()), ("roles", stored.Select(s => s.Activity.From?.Role).ToArray()), ("jsons", stored.Select(s => s.Json!).ToArray()));
        return stored;
    }

    // The columns of ConversationColumns; the data is given (parsed from column 1, or the commit's own).
    private static ConversationRecord ReadConversation(NpgsqlDataReader reader, string conversationId, ConversationData data) =>
        new(conversationId, reader.GetString(0), data, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));

    private static StoredActivity ReadActivity(NpgsqlDataReader reader)
    {
        var analysis = reader.IsDBNull(2) ? null : JsonSerializer.Deserialize<TextAnalysis>(reader.GetString(2), StoreJson.Options);
        return new StoredActivity(reader.GetInt64(0), JsonSerializer.Deserialize<Activity>(reader.GetString(1), ActivityJson.Options)!, analysis);
    }
}
