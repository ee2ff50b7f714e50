namespace ShopExit.Bot.Storage;

/// <summary>A unit of work queued for the writer session.</summary>
internal abstract class WriteRequest
{
    /// <summary>Runs the work inside the current transaction.</summary>
    public abstract Task RunAsync(SqliteSession session);

    /// <summary>The transaction committed: hand the result to the caller.</summary>
    public abstract void Complete();

    /// <summary>The work or the commit failed: hand the error to the caller.</summary>
    public abstract void Fail(Exception error);
}
