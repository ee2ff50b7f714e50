using System.Data;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>
/// Conversations and transcripts in SQLite. Every write is one IMMEDIATE transaction, so the
/// sequence numbers have no gaps and a turn's replies, state and read position land together.
/// </summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider time) : IConversationStore
{
    /// <inheritdoc />
    public async Task<bool> CreateAsync(string conversationId, string userId, ConversationData data, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversations (id, user_id, data_json, version, processed_seq, last_seq, last_user_seq, created_at, updated_at)
            VALUES ($id, $user, $data, 1, 0, 0, 0, $now, $now)
            ON CONFLICT (id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(data, ActivityJson.Options));
        command.Parameters.AddWithValue("$now", StoreJson.FormatTime(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, data_json, version, processed_seq, last_seq, last_user_seq FROM conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var data = JsonSerializer.Deserialize<ConversationData>(reader.GetString(1), ActivityJson.Options) ?? new ConversationData();
        return new ConversationRecord(conversationId, reader.GetString(0), data, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredActivity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var stored = await AppendInTransactionAsync(connection, transaction, conversationId, activities, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, activity_json FROM activities WHERE conversation_id = $id AND seq > $after ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<StoredActivity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StoredActivity(reader.GetInt64(0), JsonSerializer.Deserialize<Activity>(reader.GetString(1), ActivityJson.Options)!));
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredActivity>> CommitTurnAsync(string conversationId, long expectedVersion, ConversationData data, long processedSequence, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = """
                UPDATE conversations SET data_json = $data, version = version + 1, processed_seq = MAX(processed_seq, $processed), updated_at = $now
                WHERE id = $id AND version = $version
                """;
            update.Parameters.AddWithValue("$data", JsonSerializer.Serialize(data, ActivityJson.Options));
            update.Parameters.AddWithValue("$processed", processedSequence);
            update.Parameters.AddWithValue("$now", StoreJson.FormatTime(time.GetUtcNow()));
            update.Parameters.AddWithValue("$id", conversationId);
            update.Parameters.AddWithValue("$version", expectedVersion);
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new ConcurrencyException(conversationId);
            }
        }

        var stored = await AppendInTransactionAsync(connection, transaction, conversationId, replies, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetConversationsWithPendingTurnsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM conversations WHERE last_user_seq > processed_seq ORDER BY updated_at";
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static async Task<IReadOnlyList<StoredActivity>> AppendInTransactionAsync(SqliteConnection connection, SqliteTransaction transaction, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        long last;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT last_seq FROM conversations WHERE id = $id";
            read.Parameters.AddWithValue("$id", conversationId);
            last = await read.ExecuteScalarAsync(cancellationToken) is long value
                ? value
                : throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.");
        }

        var stored = new List<StoredActivity>(activities.Count);
        var lastUser = 0L;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO activities (conversation_id, seq, role, activity_json) VALUES ($id, $seq, $role, $json)";
            var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var role = insert.Parameters.Add("$role", SqliteType.Text);
            var json = insert.Parameters.Add("$json", SqliteType.Text);
            insert.Parameters.AddWithValue("$id", conversationId);
            foreach (var activity in activities)
            {
                last++;
                activity.Id = ActivityIds.For(conversationId, last);
                seq.Value = last;
                role.Value = (object?)activity.From?.Role ?? DBNull.Value;
                json.Value = JsonSerializer.Serialize(activity, ActivityJson.Options);
                await insert.ExecuteNonQueryAsync(cancellationToken);
                stored.Add(new StoredActivity(last, activity));
                if (activity.From?.Role == RoleTypes.User)
                {
                    lastUser = last;
                }
            }
        }

        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE conversations SET last_seq = $last, last_user_seq = MAX(last_user_seq, $lastUser) WHERE id = $id";
            update.Parameters.AddWithValue("$last", last);
            update.Parameters.AddWithValue("$lastUser", lastUser);
            update.Parameters.AddWithValue("$id", conversationId);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return stored;
    }
}
