using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage;

/// <summary>Adds a turn's new handoff to the queue, in the turn's transaction.</summary>
public sealed class SqliteHandoffOpenedWriter(TimeProvider time) : SqliteEffectWriter<HandoffOpened>
{
    /// <inheritdoc />
    protected override Task WriteAsync(SqliteSession session, string conversationId, HandoffOpened effect, CancellationToken cancellationToken)
    {
        var handoff = effect.Handoff;
        return session.Command(
            """
            INSERT INTO handoffs (id, conversation_id, kind, status, reason, context_json, waiting_since, assigned_to, updated_at)
            VALUES ($id, $conversation, $kind, $status, $reason, $context, $since, NULL, $now)
            """,
            ("$id", handoff.Id), ("$conversation", handoff.ConversationId), ("$kind", WireEnum.Name(handoff.Kind)), ("$status", WireEnum.Name(handoff.Status)),
            ("$reason", handoff.Reason), ("$context", JsonSerializer.Serialize(handoff.Context, ActivityJson.Options)),
            ("$since", StoreJson.FormatTime(handoff.WaitingSince)), ("$now", StoreJson.FormatTime(time.GetUtcNow()))).ExecuteNonQueryAsync(cancellationToken);
    }
}
