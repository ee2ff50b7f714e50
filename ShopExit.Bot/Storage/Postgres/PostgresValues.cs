namespace ShopExit.Bot.Storage.Postgres;

/// <summary>How a .NET value becomes a parameter PostgreSQL takes.</summary>
internal static class PostgresValues
{
    /// <summary>
    /// Null is SQL NULL. A string loses its NUL characters to U+FFFD: PostgreSQL's text cannot hold
    /// U+0000 (SQLite can), and a merchant may type one (it reaches the unanswered log); applied to
    /// every parameter, a key with one still finds its row. JSON never holds one (it is escaped).
    /// A time is sent in UTC, the only offset Npgsql writes to timestamptz.
    /// </summary>
    public static object Storable(object? value) => value switch
    {
        null => DBNull.Value,
        string text when text.Contains('\0', StringComparison.Ordinal) => text.Replace('\0', '\uFFFD'),
        DateTimeOffset time => time.ToUniversalTime(),
        _ => value,
    };
}
