namespace ShopExit.Bot.Storage;

/// <summary>A unit of work with a result, completed only once its transaction has committed.</summary>
internal sealed class WriteRequest<T>(Func<SqliteSession, Task<T>> work) : WriteRequest
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    /// <summary>Completes with the result after the commit.</summary>
    public Task<T> Task => _completion.Task;

    /// <inheritdoc />
    public override async Task RunAsync(SqliteSession session) => _result = await work(session);

    /// <inheritdoc />
    public override void Complete() => _completion.TrySetResult(_result!);

    /// <inheritdoc />
    public override void Fail(Exception error) => _completion.TrySetException(error);
}
