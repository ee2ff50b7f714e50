using Microsoft.Data.Sqlite;

namespace ShopExit.Bot.Storage;

/// <summary>The SQLite schema. Every statement is idempotent, so it runs on every start.</summary>
internal static class SqliteSchema
{
    /// <summary>
    /// Columns added after a table was first shipped: a database from an earlier version gets
    /// them at its next start (SQLite has no <c>ADD COLUMN IF NOT EXISTS</c>). New databases have
    /// them from <see cref="Script"/> already.
    /// </summary>
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        // When the merchant ended the conversation (an endOfConversation activity); null while open.
        ("conversations", "ended_at", "TEXT"),
    ];

    public const string Script = """
        PRAGMA journal_mode = WAL;

        CREATE TABLE IF NOT EXISTS unanswered_questions (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id  TEXT NOT NULL,
            question         TEXT NOT NULL,
            decision         TEXT NOT NULL,
            candidates_json  TEXT NOT NULL,
            asked_at         TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_unanswered_asked_at ON unanswered_questions (asked_at);

        CREATE TABLE IF NOT EXISTS conversations (
            id              TEXT PRIMARY KEY,
            user_id         TEXT NOT NULL,
            data_json       TEXT NOT NULL,
            version         INTEGER NOT NULL,
            processed_seq   INTEGER NOT NULL,
            last_seq        INTEGER NOT NULL,
            last_user_seq   INTEGER NOT NULL,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            ended_at        TEXT
        );
        -- Only conversations that owe a turn: a handful of rows, so keeping it costs a turn almost
        -- nothing (an index on the columns themselves moved an entry on every write), and recovery
        -- finds them without a scan. Replaces ix_conversations_pending.
        DROP INDEX IF EXISTS ix_conversations_pending;
        CREATE INDEX IF NOT EXISTS ix_conversations_owing ON conversations (updated_at) WHERE last_user_seq > processed_seq;

        CREATE TABLE IF NOT EXISTS activities (
            conversation_id TEXT NOT NULL,
            seq             INTEGER NOT NULL,
            role            TEXT,
            activity_json   TEXT NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        ) WITHOUT ROWID;

        -- What a turn found in the activity it answered (language, sentiment, PII spans): views read it, never re-analyse.
        CREATE TABLE IF NOT EXISTS activity_analysis (
            conversation_id TEXT NOT NULL,
            seq             INTEGER NOT NULL,
            analysis_json   TEXT NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS agents (
            username        TEXT PRIMARY KEY,
            display_name    TEXT NOT NULL,
            role            TEXT NOT NULL,
            password_hash   TEXT NOT NULL,
            presence        TEXT NOT NULL DEFAULT 'offline',
            last_seen       TEXT,
            created_at      TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS handoffs (
            id              TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            kind            TEXT NOT NULL,
            status          TEXT NOT NULL,
            reason          TEXT NOT NULL,
            context_json    TEXT NOT NULL,
            waiting_since   TEXT NOT NULL,
            assigned_to     TEXT,
            rating          INTEGER,
            updated_at      TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_handoffs_status ON handoffs (status, waiting_since);
        CREATE INDEX IF NOT EXISTS ix_handoffs_conversation ON handoffs (conversation_id, status);

        CREATE TABLE IF NOT EXISTS pii_reveals (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            agent           TEXT NOT NULL,
            handoff_id      TEXT NOT NULL,
            activity_id     TEXT NOT NULL,
            revealed_at     TEXT NOT NULL
        );
        """;

    /// <summary>Adds the <see cref="AddedColumns"/> a database does not have yet.</summary>
    public static async Task MigrateAsync(SqliteConnection connection)
    {
        foreach (var (table, column, definition) in AddedColumns)
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
            exists.Parameters.AddWithValue("$table", table);
            exists.Parameters.AddWithValue("$column", column);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await using var add = connection.CreateCommand();
            add.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
            await add.ExecuteNonQueryAsync();
        }
    }
}
