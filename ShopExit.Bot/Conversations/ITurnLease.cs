namespace ShopExit.Bot.Conversations;

/// <summary>
/// Holds a conversation's turns to one runner among every instance that shares the store, on top
/// of the runner's lock in this process. A lease held by an instance that dies is released with it
/// (the store sees its session end), so another instance takes the conversation's pending turns.
/// </summary>
public interface ITurnLease
{
    /// <summary>
    /// Whether other instances commit turns to the same store: then the state a turn committed is
    /// not kept for the next one (another instance may have answered in between), and each turn reads it.
    /// </summary>
    bool SharedStore { get; }

    /// <summary>Waits until this instance may run the conversation's turns; dispose the result to let others.</summary>
    Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken);
}
