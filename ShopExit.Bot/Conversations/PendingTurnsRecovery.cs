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
        var pending = await store.GetConversationsWithPendingTurnsAsync(stoppingToken);
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
