using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// The rate limits of a single instance: System.Threading.RateLimiting's partitioned limiters,
/// one per limit, a token bucket per partition (a fixed window when the bucket refills whole each
/// period, as the agent login's does). The limiters drop the buckets of idle partitions themselves.
/// </summary>
public sealed class InProcessRateLimits : IRateLimits, IDisposable
{
    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<string>> _limiters = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<RateDecision> TryAcquireAsync(RateLimit limit, string partition, CancellationToken cancellationToken)
    {
        using var lease = _limiters.GetOrAdd(limit.Name, _ => Create(limit)).AttemptAcquire(partition);
        return ValueTask.FromResult(lease.IsAcquired
            ? RateDecision.Allow
            : RateDecision.Refuse(lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limit.Period));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    private static PartitionedRateLimiter<string> Create(RateLimit limit) => PartitionedRateLimiter.Create<string, string>(partition =>
        limit.IsFixedWindow
            ? RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limit.Capacity),
                Window = limit.Period,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limit.Capacity),
                TokensPerPeriod = Math.Max(1, limit.TokensPerPeriod),
                ReplenishmentPeriod = limit.Period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
}
