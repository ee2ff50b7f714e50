namespace ShopExit.Bot.Conversations;

/// <summary>One instance alone on its store (SQLite): the runner's lock in this process is the whole lease.</summary>
public sealed class LocalTurnLease : ITurnLease, IAsyncDisposable
{
    /// <inheritdoc />
    public bool SharedStore => false;

    /// <inheritdoc />
    public Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(this);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
