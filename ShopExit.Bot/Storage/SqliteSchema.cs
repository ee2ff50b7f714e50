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

        // What a turn found in the activity it answered; it was a table of its own
        // (activity_analysis), which cost every turn one more page written.
        ("activities", "analysis_json", "TEXT"),

        // What the merchant wrote with the rating (5分，服务很好); null without one.
        ("handoffs", "rating_comment", "TEXT"),
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

        -- A rowid table: every new activity goes at the end of the file, where the others written
        -- in the same commit go, rather than into the middle of its conversation's part of the tree
        -- (which split pages and wrote several per activity). The index finds a conversation's
        -- activities by watermark; it is created in MigrateAsync, after an older layout is rebuilt.
        CREATE TABLE IF NOT EXISTS activities (
            id              INTEGER PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            seq             INTEGER NOT NULL,
            role            TEXT,
            activity_json   TEXT NOT NULL,
            -- What the turn that answered it found (language, sentiment, PII spans): views read it, never re-analyse.
            analysis_json   TEXT
        );

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
            rating_comment  TEXT,
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

    // A database from before the analysis moved into the activity's row: its rows move over, in
    // one transaction with the drop of their old table, so a crash in between repeats the move.
    private const string MoveAnalysis = """
        BEGIN IMMEDIATE;
        UPDATE activities SET analysis_json = (
            SELECT x.analysis_json FROM activity_analysis x WHERE x.conversation_id = activities.conversation_id AND x.seq = activities.seq)
        WHERE analysis_json IS NULL AND EXISTS (
            SELECT 1 FROM activity_analysis x WHERE x.conversation_id = activities.conversation_id AND x.seq = activities.seq);
        DROP TABLE activity_analysis;
        COMMIT;
        """;

    // A database whose activities were a WITHOUT ROWID table keyed by (conversation, seq): copied
    // into the rowid layout in one transaction (a crash in between leaves the old table as it was).
    private const string RebuildActivities = """
        BEGIN IMMEDIATE;
        CREATE TABLE activities_rowid (
            id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, role TEXT, activity_json TEXT NOT NULL, analysis_json TEXT);
        INSERT INTO activities_rowid (conversation_id, seq, role, activity_json, analysis_json)
            SELECT conversation_id, seq, role, activity_json, analysis_json FROM activities ORDER BY conversation_id, seq;
        DROP TABLE activities;
        ALTER TABLE activities_rowid RENAME TO activities;
        COMMIT;
        """;

    /// <summary>Brings a database of an earlier version to this layout: added columns, moved data, rebuilt tables.</summary>
    public static async Task MigrateAsync(SqliteConnection connection)
    {
        await AddColumnsAsync(connection);
        if (await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'activity_analysis'") > 0)
        {
            await ExecuteAsync(connection, MoveAnalysis);
        }

        if (await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'activities' AND sql LIKE '%WITHOUT ROWID%'") > 0)
        {
            await ExecuteAsync(connection, RebuildActivities);
        }

        await ExecuteAsync(connection, "CREATE UNIQUE INDEX IF NOT EXISTS ix_activities_conversation ON activities (conversation_id, seq)");
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task AddColumnsAsync(SqliteConnection connection)
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
