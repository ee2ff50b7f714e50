namespace ShopExit.Bot.Conversations;

/// <summary>
/// Something that takes part in every turn without being a dialog: the handoff desk sets the turn's
/// environment before it runs and carries out its effects (enqueue, cancel, rate) once it is committed.
/// </summary>
public interface ITurnObserver
{
    /// <summary>Runs before the bot; may set <see cref="TurnContext.Environment"/>.</summary>
    Task BeforeTurnAsync(string conversationId, TurnContext turn, CancellationToken cancellationToken);

    /// <summary>Runs after the turn's replies and state are committed.</summary>
    Task AfterCommitAsync(string conversationId, TurnContext turn, CancellationToken cancellationToken);

    /// <summary>The merchant is typing (not stored).</summary>
    Task MerchantTypingAsync(string conversationId, CancellationToken cancellationToken);
}
