using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>
/// The database behind the stores, whichever it is: the server opens it before it listens (so a
/// store that cannot work stops the start with one line), and the health check probes it.
/// </summary>
public interface IStoreDatabase
{
    /// <summary>What the operator knows the database by (a file path, a server and database name), for messages.</summary>
    string Description { get; }

    /// <summary>The first corruption the store met, or null: it stays until the database is repaired.</summary>
    StoreFaultException? Corruption { get; }

    /// <summary>Opens the database and brings its schema up to date; throws <see cref="StoreFaultException"/> when it cannot be used.</summary>
    Task OpenAsync();

    /// <summary>Runs a trivial query: throws when the database does not answer.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
