using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>A typed <see cref="ISqliteEffectWriter"/>.</summary>
/// <typeparam name="TEffect">The effect written.</typeparam>
public abstract class SqliteEffectWriter<TEffect> : ISqliteEffectWriter
    where TEffect : ITurnEffect
{
    /// <inheritdoc />
    public Type EffectType => typeof(TEffect);

    /// <inheritdoc />
    public Task WriteAsync(SqliteSession session, string conversationId, ITurnEffect effect, CancellationToken cancellationToken) =>
        WriteAsync(session, conversationId, (TEffect)effect, cancellationToken);

    /// <summary>Writes the effect.</summary>
    protected abstract Task WriteAsync(SqliteSession session, string conversationId, TEffect effect, CancellationToken cancellationToken);
}
