using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>A typed <see cref="IEffectWriter{TSession}"/>: the cast from <see cref="ITurnEffect"/> is done once, here.</summary>
/// <typeparam name="TSession">The store's open transaction.</typeparam>
/// <typeparam name="TEffect">The effect written.</typeparam>
public abstract class EffectWriter<TSession, TEffect> : IEffectWriter<TSession>
    where TEffect : ITurnEffect
{
    /// <inheritdoc />
    public Type EffectType => typeof(TEffect);

    /// <inheritdoc />
    public Task WriteAsync(TSession session, string conversationId, ITurnEffect effect, CancellationToken cancellationToken) =>
        WriteAsync(session, conversationId, (TEffect)effect, cancellationToken);

    /// <summary>Writes the effect.</summary>
    protected abstract Task WriteAsync(TSession session, string conversationId, TEffect effect, CancellationToken cancellationToken);
}
