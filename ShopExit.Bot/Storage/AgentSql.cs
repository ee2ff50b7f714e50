using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage;

/// <summary>The agent accounts' statements and rules, the same for SQLite and PostgreSQL (both take <c>@name</c> parameters).</summary>
internal static class AgentSql
{
    /// <summary>A new account, or new name, role and password for an existing one (its presence stays).</summary>
    public const string Upsert = """
        INSERT INTO agents (username, display_name, role, password_hash, created_at) VALUES (@username, @name, @role, @hash, @now)
        ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, password_hash = excluded.password_hash
        """;

    /// <summary>The columns in the order the stores read them; a WHERE or ORDER BY follows.</summary>
    public const string Select = "SELECT username, display_name, role, password_hash, presence, last_seen FROM agents ";

    public const string SetPresence = "UPDATE agents SET presence = @presence, last_seen = @at WHERE username = @username";

    /// <summary>
    /// Only the stores write the column; a value they do not know counts as offline rather than
    /// locking the agent out: presence is a heartbeat, set again within a minute.
    /// </summary>
    public static AgentPresence ReadPresence(string stored) =>
        WireEnum.TryParse<AgentPresence>(stored, out var presence) ? presence : AgentPresence.Offline;
}
