using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>Adds a turn's new handoff to the queue, in the turn's transaction.</summary>
public sealed class PostgresHandoffOpenedWriter(TimeProvider time) : PostgresEffectWriter<HandoffOpened>
{
    /// <inheritdoc />
    protected override Task WriteAsync(PostgresSession session, string conversationId, HandoffOpened effect, CancellationToken cancellationToken)
    {
        var handoff = effect.Handoff;
        return session.ExecuteAsync(
            """
            INSERT INTO handoffs (id, conversation_id, kind, status, reason, context_json, waiting_since, assigned_to, updated_at)
            VALUES (@id, @conversation, @kind, @status, @reason, @context, @since, NULL, @now)
            """,
            cancellationToken,
            ("id", handoff.Id), ("conversation", handoff.ConversationId), ("kind", WireEnum.Name(handoff.Kind)), ("status", WireEnum.Name(handoff.Status)),
            ("reason", handoff.Reason), ("context", JsonSerializer.Serialize(handoff.Context, ActivityJson.Options)),
            ("since", handoff.WaitingSince), ("now", time.GetUtcNow()));
    }
}
