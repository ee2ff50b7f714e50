using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// At start-up, finds conversations waiting for or with an agent that have no open handoff (the
/// process stopped between committing the turn and queueing the handoff) and gives them back to
/// the bot with an apology, so no merchant waits for a queue entry that does not exist.
/// </summary>
public sealed class HandoffRecovery(IConversationStore conversations, IHandoffStore handoffs, ConversationService conversationService, ILogger<HandoffRecovery> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RecoverAsync(stoppingToken);
        }
        catch (StoreFaultException fault)
        {
            // A damaged store must not stop the host: it answers 503 and /healthz says so.
            logger.LogError("Handoffs lost by the last run are not recovered: {Fault}", fault.Message);
        }
    }

    private async Task RecoverAsync(CancellationToken stoppingToken)
    {
        foreach (var conversationId in await conversations.GetConversationsWithAgentsAsync(stoppingToken))
        {
            if (await handoffs.FindOpenAsync(conversationId, stoppingToken) is not null)
            {
                continue;
            }

            logger.LogWarning("Conversation {ConversationId} was waiting for an agent with no handoff queued; the bot takes it back", conversationId);
            await conversationService.AppendAsync(conversationId, [new Activity
            {
                Type = ActivityTypes.Event,
                Name = TurnActivities.HandoffStatus,
                From = ConversationService.BotAccount,
                Value = JsonSerializer.SerializeToElement(new { state = "failed" }, ActivityJson.Options),
            }], stoppingToken);
        }
    }
}
