namespace ShopExit.Bot.Storage.Postgres;

/// <summary>Writes one kind of turn effect inside the turn's PostgreSQL transaction.</summary>
public interface IPostgresEffectWriter : IEffectWriter<PostgresSession>;
