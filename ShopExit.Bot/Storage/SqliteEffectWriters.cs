using System.Collections.Frozen;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>Finds the writer of each effect type; an effect nobody writes is a wiring bug and fails the turn loudly.</summary>
public sealed class SqliteEffectWriters(IEnumerable<ISqliteEffectWriter> writers)
{
    private readonly FrozenDictionary<Type, ISqliteEffectWriter> _byType = writers.ToFrozenDictionary(w => w.EffectType);

    /// <summary>Writes every effect, in order, on the open transaction.</summary>
    public async Task WriteAllAsync(SqliteSession session, string conversationId, IReadOnlyList<ITurnEffect> effects, CancellationToken cancellationToken)
    {
        foreach (var effect in effects)
        {
            var writer = _byType.GetValueOrDefault(effect.GetType())
                ?? throw new InvalidOperationException($"No store writer is registered for the turn effect {effect.GetType().Name}.");
            await writer.WriteAsync(session, conversationId, effect, cancellationToken);
        }
    }
}
