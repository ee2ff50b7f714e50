using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>Cancels the conversation's waiting live handoff, in the turn's transaction (one taken by an agent stays).</summary>
public sealed class PostgresHandoffCancelWriter(TimeProvider time) : PostgresEffectWriter<CancelHandoff>
{
    /// <inheritdoc />
    protected override Task WriteAsync(PostgresSession session, string conversationId, CancelHandoff effect, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            "UPDATE handoffs SET status = 'cancelled', updated_at = @now WHERE conversation_id = @conversation AND kind = 'live' AND status = 'waiting'",
            cancellationToken,
            ("now", time.GetUtcNow()), ("conversation", conversationId));
}
