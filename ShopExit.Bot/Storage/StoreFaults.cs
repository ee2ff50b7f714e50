using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>
/// Tells the store's faults (the file or the disk: nothing a retry of the same request fixes soon)
/// from a caller's mistakes and the code's bugs, and checks the data folder and the database file
/// before SQLite opens them, so a start that cannot work says which path is wrong and why.
/// </summary>
internal static class StoreFaults
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqlitePermission = 3;
    private const int SqliteNotADatabase = 26;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>
    /// The store fault <paramref name="exception"/> is, naming <paramref name="databasePath"/>, or
    /// null when it is not one (a constraint, a bug): SQLite's corrupt, not-a-database, read-only,
    /// I/O, full, cannot-open and permission errors, and stored JSON that does not parse.
    /// </summary>
    public static StoreFaultException? Classify(Exception exception, string databasePath) => exception switch
    {
        StoreFaultException fault => fault,
        SqliteException { SqliteErrorCode: SqliteCorrupt } => new(databasePath, $"the database file {databasePath} is corrupt ({exception.Message})", isCorruption: true, exception),
        SqliteException { SqliteErrorCode: SqliteNotADatabase } => new(databasePath, $"the database file {databasePath} is not a SQLite database ({exception.Message})", isCorruption: true, exception),
        SqliteException { SqliteErrorCode: SqliteReadOnly } => new(databasePath, $"the database file {databasePath} is read-only ({exception.Message})", isCorruption: false, exception),
        SqliteException { SqliteErrorCode: SqliteIoError } => new(databasePath, $"the database file {databasePath} cannot be read or written ({exception.Message})", isCorruption: false, exception),
        SqliteException { SqliteErrorCode: SqliteFull } => new(databasePath, $"the disk of the database file {databasePath} is full ({exception.Message})", isCorruption: false, exception),
        SqliteException { SqliteErrorCode: SqliteCantOpen or SqlitePermission } => new(databasePath, $"the database file {databasePath} cannot be opened ({exception.Message})", isCorruption: false, exception),
        JsonException => new(databasePath, $"the database file {databasePath} is corrupt (stored JSON does not parse: {exception.Message})", isCorruption: true, exception),
        _ => null,
    };

    /// <summary>
    /// Before the first open: the data folder exists (or is created) and can be written, and the
    /// database file, when there is one, can be read and written and starts with SQLite's header.
    /// No integrity check: that reads the whole file.
    /// </summary>
    public static void CheckFiles(string directory, string databasePath)
    {
        if (File.Exists(directory))
        {
            throw new StoreFaultException(directory, $"the data folder {directory} is a file, not a folder", isCorruption: false, null);
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreFaultException(directory, $"the data folder {directory} cannot be created ({Cause(ex)})", isCorruption: false, ex);
        }

        var probe = Path.Combine(directory, $".shopexit-write-check-{Environment.ProcessId}");
        try
        {
            using var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            stream.WriteByte(0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreFaultException(directory, $"the data folder {directory} is read-only ({Cause(ex)})", isCorruption: false, ex);
        }

        if (Directory.Exists(databasePath))
        {
            throw new StoreFaultException(databasePath, $"the database file {databasePath} cannot be read (it is a folder, not a file)", isCorruption: false, null);
        }

        if (!File.Exists(databasePath))
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(databasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreFaultException(databasePath, $"the database file {databasePath} cannot be read ({Cause(ex)})", isCorruption: false, ex);
        }

        try
        {
            using var stream = new FileStream(databasePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreFaultException(databasePath, $"the database file {databasePath} is read-only ({Cause(ex)})", isCorruption: false, ex);
        }

        // An empty file is a new database to SQLite; anything else must start with its header.
        if (read > 0 && !header.AsSpan(0, read).SequenceEqual(SqliteHeader))
        {
            throw new StoreFaultException(databasePath, $"the database file {databasePath} is not a SQLite database (it does not start with SQLite's header)", isCorruption: true, null);
        }
    }

    // "permission denied" rather than .NET's sentence naming the probe file; the OS's words otherwise.
    private static string Cause(Exception exception)
    {
        if (exception is UnauthorizedAccessException)
        {
            return "permission denied";
        }

        var message = exception.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        return path > 0 ? message[..path] : message;
    }
}
