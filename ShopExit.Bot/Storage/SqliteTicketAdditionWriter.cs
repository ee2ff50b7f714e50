using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Storage;

/// <summary>Adds what the merchant wrote to the conversation's waiting ticket, in the turn's transaction.</summary>
public sealed class SqliteTicketAdditionWriter(TimeProvider time) : SqliteEffectWriter<AddToTicket>
{
    /// <inheritdoc />
    protected override async Task WriteAsync(SqliteSession session, string conversationId, AddToTicket effect, CancellationToken cancellationToken)
    {
        string id;
        HandoffContext context;
        await using (var reader = await session.Command(HandoffSql.FindWaitingTicket, ("@conversation", conversationId)).ExecuteReaderAsync(cancellationToken))
        {
            // Taken or closed since the merchant's last turn: the message is in the transcript, which the agent reads.
            if (!await reader.ReadAsync(cancellationToken) || JsonSerializer.Deserialize<HandoffContext>(reader.GetString(1), ActivityJson.Options) is not { } stored)
            {
                return;
            }

            id = reader.GetString(0);
            context = stored;
        }

        await session.Command(
            HandoffSql.UpdateContext,
            ("@context", JsonSerializer.Serialize(context.Add(effect.Text, effect.Contact), ActivityJson.Options)), ("@now", StoreJson.FormatTime(time.GetUtcNow())), ("@id", id))
            .ExecuteNonQueryAsync(cancellationToken);
    }
}
