using System.Text.Json;
using ShopExit.Bot.Faq;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>The unanswered-question log in PostgreSQL; a question is written in the transaction of the turn that met it.</summary>
public sealed class PostgresUnansweredQuestionLog(PostgresDatabase database) : PostgresEffectWriter<UnansweredQuestion>, IUnansweredQuestionLog
{
    /// <inheritdoc />
    protected override Task WriteAsync(PostgresSession session, string conversationId, UnansweredQuestion question, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            """
            INSERT INTO unanswered_questions (conversation_id, question, decision, candidates_json, asked_at)
            VALUES (@conversation, @question, @decision, @candidates, @askedAt)
            """,
            cancellationToken,
            ("conversation", question.ConversationId), ("question", question.Question), ("decision", question.Decision),
            ("candidates", JsonSerializer.Serialize(question.Candidates, StoreJson.Options)), ("askedAt", question.AskedAt));

    /// <inheritdoc />
    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<UnansweredQuestion>>(
            async session => await session.QueryAsync(
                """
                SELECT conversation_id, question, decision, candidates_json, asked_at
                FROM unanswered_questions WHERE asked_at >= @since ORDER BY asked_at, id
                """,
                r => new UnansweredQuestion(
                    r.GetString(0),
                    r.GetString(1),
                    r.GetString(2),
                    JsonSerializer.Deserialize<List<ScoredCandidate>>(r.GetString(3), StoreJson.Options) ?? [],
                    r.GetFieldValue<DateTimeOffset>(4)),
                cancellationToken,
                ("since", since ?? DateTimeOffset.MinValue)),
            cancellationToken);
}
