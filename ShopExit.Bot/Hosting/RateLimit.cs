namespace ShopExit.Bot.Hosting;

/// <summary>
/// One rate limit, as a token bucket: <see cref="Capacity"/> requests at once, then
/// <see cref="TokensPerPeriod"/> more every <see cref="Period"/>. A bucket that refills whole each
/// period (<see cref="TokensPerPeriod"/> = <see cref="Capacity"/>) is a fixed window. Each partition
/// (a client address, a conversation) has a bucket of its own.
/// </summary>
/// <param name="Name">The limit's name: it keeps the partitions of different limits apart (and names the Redis keys).</param>
/// <param name="Capacity">Requests a full bucket allows at once (at least one).</param>
/// <param name="TokensPerPeriod">Requests added back every <paramref name="Period"/> (at least one, at most the capacity).</param>
/// <param name="Period">The refill period.</param>
public sealed record RateLimit(string Name, int Capacity, int TokensPerPeriod, TimeSpan Period)
{
    /// <summary>Whether the bucket refills whole each period, so it is a fixed window.</summary>
    public bool IsFixedWindow => TokensPerPeriod >= Capacity;
}
