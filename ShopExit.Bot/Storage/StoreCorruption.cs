using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>
/// The first corruption a store met (a damaged page, stored JSON that does not parse): it stays
/// until the database is repaired, so the health check reports it; it is logged once.
/// </summary>
internal sealed class StoreCorruption(ILogger? logger)
{
    private StoreFaultException? _first;

    /// <summary>The first corruption met, or null.</summary>
    public StoreFaultException? First => Volatile.Read(ref _first);

    /// <summary>Passes <paramref name="fault"/> on; a corruption is remembered (and logged) the first time.</summary>
    public StoreFaultException? Note(StoreFaultException? fault)
    {
        if (fault is { IsCorruption: true } && Interlocked.CompareExchange(ref _first, fault, null) is null)
        {
            logger?.LogCritical(fault.InnerException, "Store fault: {Fault}; requests that need the damaged part answer 503 until the database is repaired or restored", fault.Message);
        }

        return fault;
    }
}
