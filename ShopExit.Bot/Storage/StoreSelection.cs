using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>Reads <c>ShopExit:Store</c>; a name it does not know is a start fault, not a silent fallback to SQLite.</summary>
public static class StoreSelection
{
    /// <summary>The configuration key.</summary>
    public const string Key = "ShopExit:Store";

    /// <summary>The configured store; unset or empty is SQLite. Throws <see cref="StoreFaultException"/> for any other name.</summary>
    public static StoreKind Read(IConfiguration configuration)
    {
        var name = configuration[Key]?.Trim();
        if (string.IsNullOrEmpty(name) || string.Equals(name, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return StoreKind.Sqlite;
        }

        return string.Equals(name, "postgres", StringComparison.OrdinalIgnoreCase)
            ? StoreKind.Postgres
            : throw new StoreFaultException(Key, $"{Key} is '{name}'; it must be 'sqlite' (the default) or 'postgres'", isCorruption: false, null);
    }
}
