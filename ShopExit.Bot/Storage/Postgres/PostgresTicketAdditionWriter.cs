using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>Adds what the merchant wrote to the conversation's waiting ticket, in the turn's transaction.</summary>
public sealed class PostgresTicketAdditionWriter(TimeProvider time) : PostgresEffectWriter<AddToTicket>
{
    /// <inheritdoc />
    protected override async Task WriteAsync(PostgresSession session, string conversationId, AddToTicket effect, CancellationToken cancellationToken)
    {
        var tickets = await session.QueryAsync(
            HandoffSql.FindWaitingTicket,
            r => (Id: r.GetString(0), Context: JsonSerializer.Deserialize<HandoffContext>(r.GetString(1), ActivityJson.Options)),
            cancellationToken,
            ("conversation", conversationId));

        // Taken or closed since the merchant's last turn: the message is in the transcript, which the agent reads.
        if (tickets is not [{ Context: { } context } ticket])
        {
            return;
        }

        await session.ExecuteAsync(
            HandoffSql.UpdateContext,
            cancellationToken,
            ("context", JsonSerializer.Serialize(context.Add(effect.Text, effect.Contact), ActivityJson.Options)), ("now", time.GetUtcNow()), ("id", ticket.Id));
    }
}
