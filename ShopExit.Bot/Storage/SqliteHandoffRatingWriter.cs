using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Storage;

/// <summary>Records the merchant's rating on the conversation's latest resolved handoff, in the turn's transaction.</summary>
public sealed class SqliteHandoffRatingWriter(TimeProvider time) : SqliteEffectWriter<RateHandoff>
{
    /// <inheritdoc />
    protected override Task WriteAsync(SqliteSession session, string conversationId, RateHandoff effect, CancellationToken cancellationToken) =>
        session.Command(
            """
            UPDATE handoffs SET rating = $rating, rating_comment = $comment, updated_at = $now
            WHERE id = (SELECT id FROM handoffs WHERE conversation_id = $conversation AND status = 'resolved' ORDER BY updated_at DESC LIMIT 1)
            """,
            ("$rating", effect.Rating), ("$comment", effect.Comment), ("$now", StoreJson.FormatTime(time.GetUtcNow())), ("$conversation", conversationId)).ExecuteNonQueryAsync(cancellationToken);
}
