using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>Writes one kind of turn effect inside the turn's transaction.</summary>
public interface ISqliteEffectWriter
{
    /// <summary>The effect type this writer handles.</summary>
    Type EffectType { get; }

    /// <summary>Writes <paramref name="effect"/> on the turn's session (its transaction is open).</summary>
    Task WriteAsync(SqliteSession session, string conversationId, ITurnEffect effect, CancellationToken cancellationToken);
}
