namespace ShopExit.Bot.Conversations;

/// <summary>
/// Hears about every turn once it is committed, and about a merchant typing: notifications only
/// (the handoff desk tells agents). Everything that must last is a turn effect, committed with it.
/// </summary>
public interface ITurnObserver
{
    /// <summary>Runs after the turn's replies, state and effects are committed; a failure is logged, never undoes the turn.</summary>
    Task AfterCommitAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>The merchant is typing (not stored).</summary>
    Task MerchantTypingAsync(string conversationId, CancellationToken cancellationToken);
}
