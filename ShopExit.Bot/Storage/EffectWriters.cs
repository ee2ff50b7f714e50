using System.Collections.Frozen;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>Finds the writer of each effect type; an effect nobody writes is a wiring bug and fails the turn loudly.</summary>
/// <typeparam name="TSession">The store's open transaction.</typeparam>
public abstract class EffectWriters<TSession>
{
    private readonly FrozenDictionary<Type, IEffectWriter<TSession>> _byType;

    /// <summary>Indexes the writers by the effect type each handles.</summary>
    protected EffectWriters(IEnumerable<IEffectWriter<TSession>> writers) => _byType = writers.ToFrozenDictionary(w => w.EffectType);

    /// <summary>Writes every effect, in order, on the open transaction.</summary>
    public async Task WriteAllAsync(TSession session, string conversationId, IReadOnlyList<ITurnEffect> effects, CancellationToken cancellationToken)
    {
        foreach (var effect in effects)
        {
            var writer = _byType.GetValueOrDefault(effect.GetType())
                ?? throw new InvalidOperationException($"No store writer is registered for the turn effect {effect.GetType().Name}.");
            await writer.WriteAsync(session, conversationId, effect, cancellationToken);
        }
    }
}
