using System.Globalization;
using System.Text.Json;
using ShopExit.Bot.Faq;

namespace ShopExit.Bot.Storage;

/// <summary>The unanswered-question log in SQLite; a question is written in the transaction of the turn that met it.</summary>
public sealed class SqliteUnansweredQuestionLog(SqliteDatabase database) : SqliteEffectWriter<UnansweredQuestion>, IUnansweredQuestionLog
{
    /// <inheritdoc />
    protected override Task WriteAsync(SqliteSession session, string conversationId, UnansweredQuestion question, CancellationToken cancellationToken) =>
        session.Command(
            """
            INSERT INTO unanswered_questions (conversation_id, question, decision, candidates_json, asked_at)
            VALUES ($conversation, $question, $decision, $candidates, $askedAt)
            """,
            ("$conversation", question.ConversationId), ("$question", question.Question), ("$decision", question.Decision),
            ("$candidates", JsonSerializer.Serialize(question.Candidates, StoreJson.Options)), ("$askedAt", StoreJson.FormatTime(question.AskedAt)))
            .ExecuteNonQueryAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<UnansweredQuestion>>(
            async session =>
            {
                var result = new List<UnansweredQuestion>();
                await using var reader = await session.Command(
                    """
                    SELECT conversation_id, question, decision, candidates_json, asked_at
                    FROM unanswered_questions WHERE asked_at >= $since ORDER BY asked_at, id
                    """,
                    ("$since", since is { } s ? StoreJson.FormatTime(s) : string.Empty)).ExecuteReaderAsync(cancellationToken);
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
            },
            cancellationToken);
}
