namespace ShopExit.Bot.Storage;

/// <summary>The SQLite schema. Every statement is idempotent, so it runs on every start.</summary>
internal static class SqliteSchema
{
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
        """;
}
