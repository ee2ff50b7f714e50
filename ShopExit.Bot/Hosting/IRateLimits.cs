namespace ShopExit.Bot.Hosting;

/// <summary>
/// Where the rate limits count: in this process (<see cref="InProcessRateLimits"/>, one instance
/// on SQLite) or across the instances of a cluster (Redis, registered by the scale-out).
/// </summary>
public interface IRateLimits
{
    /// <summary>Takes one request from the partition's bucket of <paramref name="limit"/>.</summary>
    ValueTask<RateDecision> TryAcquireAsync(RateLimit limit, string partition, CancellationToken cancellationToken);
}
