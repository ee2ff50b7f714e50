using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>A typed <see cref="ISqliteEffectWriter"/>.</summary>
/// <typeparam name="TEffect">The effect written.</typeparam>
public abstract class SqliteEffectWriter<TEffect> : EffectWriter<SqliteSession, TEffect>, ISqliteEffectWriter
    where TEffect : ITurnEffect;
