namespace ShopExit.Bot.Conversations;

/// <summary>
/// The store cannot be used: its data folder or database file is read-only, unreadable, not a
/// SQLite database, corrupt, or its disk is full; or its PostgreSQL server cannot be reached,
/// refuses the login, lacks the database or is out of resources; or a setting it needs is missing.
/// The message names the path, the server or the setting, and the cause, and is written for the
/// operator (the process prints it at start; a request answers 503 <c>StoreUnavailable</c> without it).
/// </summary>
public sealed class StoreFaultException : Exception
{
    /// <summary>Creates the exception for a fault of <paramref name="path"/>.</summary>
    public StoreFaultException(string path, string message, bool isCorruption, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
        IsCorruption = isCorruption;
    }

    /// <summary>Creates the exception.</summary>
    public StoreFaultException()
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreFaultException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StoreFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The data folder or database file at fault, the PostgreSQL database (server and name), or the setting.</summary>
    public string Path { get; }

    /// <summary>
    /// The database is damaged (SQLITE_CORRUPT, SQLITE_NOTADB, or stored JSON that does not
    /// parse): it stays so until it is repaired or restored, so the health check reports it.
    /// </summary>
    public bool IsCorruption { get; }
}
