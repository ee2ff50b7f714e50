using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>Records the merchant's rating on the conversation's latest resolved handoff, in the turn's transaction.</summary>
public sealed class PostgresHandoffRatingWriter(TimeProvider time) : PostgresEffectWriter<RateHandoff>
{
    /// <inheritdoc />
    protected override Task WriteAsync(PostgresSession session, string conversationId, RateHandoff effect, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            """
            UPDATE handoffs SET rating = @rating, rating_comment = @comment, updated_at = @now
            WHERE id = (SELECT id FROM handoffs WHERE conversation_id = @conversation AND status = 'resolved' ORDER BY updated_at DESC LIMIT 1)
            """,
            cancellationToken,
            ("rating", effect.Rating), ("comment", effect.Comment), ("now", time.GetUtcNow()), ("conversation", conversationId));
}
