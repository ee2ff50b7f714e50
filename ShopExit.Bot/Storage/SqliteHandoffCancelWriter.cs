using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Storage;

/// <summary>Cancels the conversation's waiting live handoff, in the turn's transaction (one taken by an agent stays).</summary>
public sealed class SqliteHandoffCancelWriter(TimeProvider time) : SqliteEffectWriter<CancelHandoff>
{
    /// <inheritdoc />
    protected override Task WriteAsync(SqliteSession session, string conversationId, CancelHandoff effect, CancellationToken cancellationToken) =>
        session.Command(
            "UPDATE handoffs SET status = 'cancelled', updated_at = $now WHERE conversation_id = $conversation AND kind = 'live' AND status = 'waiting'",
            ("$now", StoreJson.FormatTime(time.GetUtcNow())), ("$conversation", conversationId)).ExecuteNonQueryAsync(cancellationToken);
}
