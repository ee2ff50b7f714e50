namespace ShopExit.Bot.Storage.Postgres;

/// <summary>The PostgreSQL store's effect writers, by effect type.</summary>
public sealed class PostgresEffectWriters(IEnumerable<IPostgresEffectWriter> writers) : EffectWriters<PostgresSession>(writers);
