using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// At start-up, runs the turns of messages that were stored but not answered when the process
/// stopped (a crash, a SIGKILL): the merchant gets the reply they were owed.
/// </summary>
public sealed class PendingTurnsRecovery(IConversationStore store, ConversationService conversations, ILogger<PendingTurnsRecovery> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<string> pending;
        try
        {
            pending = await store.GetConversationsWithPendingTurnsAsync(stoppingToken);
        }
        catch (StoreFaultException fault)
        {
            // A damaged store must not stop the host: it answers 503 and /healthz says so.
            logger.LogError("Messages left unanswered by the last run are not recovered: {Fault}", fault.Message);
            return;
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Answering {Count} conversation(s) with messages left unanswered by the last run", pending.Count);
        }

        foreach (var conversationId in pending)
        {
            try
            {
                await conversations.ProcessPendingAsync(conversationId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not answer pending messages of conversation {ConversationId}", conversationId);
            }
        }
    }
}
