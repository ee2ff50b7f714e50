using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>
/// Writes one kind of turn effect inside the turn's transaction, on a store's session. Each store
/// has one writer per effect type, so a new effect means one writer per store.
/// </summary>
/// <typeparam name="TSession">The store's open transaction.</typeparam>
public interface IEffectWriter<in TSession>
{
    /// <summary>The effect type this writer handles.</summary>
    Type EffectType { get; }

    /// <summary>Writes <paramref name="effect"/> on the turn's session (its transaction is open).</summary>
    Task WriteAsync(TSession session, string conversationId, ITurnEffect effect, CancellationToken cancellationToken);
}
