using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>A typed <see cref="IPostgresEffectWriter"/>.</summary>
/// <typeparam name="TEffect">The effect written.</typeparam>
public abstract class PostgresEffectWriter<TEffect> : EffectWriter<PostgresSession, TEffect>, IPostgresEffectWriter
    where TEffect : ITurnEffect;
