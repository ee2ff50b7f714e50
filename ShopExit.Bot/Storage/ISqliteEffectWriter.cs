namespace ShopExit.Bot.Storage;

/// <summary>Writes one kind of turn effect inside the turn's SQLite transaction.</summary>
public interface ISqliteEffectWriter : IEffectWriter<SqliteSession>;
