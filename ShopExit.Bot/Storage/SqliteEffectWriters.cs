namespace ShopExit.Bot.Storage;

/// <summary>The SQLite store's effect writers, by effect type.</summary>
public sealed class SqliteEffectWriters(IEnumerable<ISqliteEffectWriter> writers) : EffectWriters<SqliteSession>(writers);
