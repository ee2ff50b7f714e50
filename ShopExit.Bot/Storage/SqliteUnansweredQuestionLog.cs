using System.Globalization;
using System.Text.Json;
using ShopExit.Bot.Faq;

namespace ShopExit.Bot.Storage;

/// <summary>The unanswered-question log in SQLite.</summary>
public sealed class SqliteUnansweredQuestionLog(SqliteDatabase database) : IUnansweredQuestionLog
{
    /// <inheritdoc />
    public async Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO unanswered_questions (conversation_id, question, decision, candidates_json, asked_at)
            VALUES ($conversation, $question, $decision, $candidates, $askedAt)
            """;
        command.Parameters.AddWithValue("$conversation", question.ConversationId);
        command.Parameters.AddWithValue("$question", question.Question);
        command.Parameters.AddWithValue("$decision", question.Decision);
        command.Parameters.AddWithValue("$candidates", JsonSerializer.Serialize(question.Candidates, StoreJson.Options));
        command.Parameters.AddWithValue("$askedAt", StoreJson.FormatTime(question.AskedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT conversation_id, question, decision, candidates_json, asked_at
            FROM unanswered_questions WHERE asked_at >= $since ORDER BY asked_at, id
            """;
        command.Parameters.AddWithValue("$since", since is { } s ? StoreJson.FormatTime(s) : string.Empty);
        var result = new List<UnansweredQuestion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new UnansweredQuestion(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                JsonSerializer.Deserialize<List<ScoredCandidate>>(reader.GetString(3), StoreJson.Options) ?? [],
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return result;
    }
}
