namespace ShopExit.Bot.Storage;

/// <summary>Which store holds everything durable (<c>ShopExit:Store</c>).</summary>
public enum StoreKind
{
    /// <summary>One SQLite file in the data folder: one machine (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<c>ConnectionStrings:Postgres</c>): several instances can share it.</summary>
    Postgres,
}
