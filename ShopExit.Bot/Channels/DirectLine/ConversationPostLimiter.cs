using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>
/// Limits how fast one conversation may post (a token bucket per conversation: a burst, then a
/// sustained rate), so a script flooding one conversation cannot fill the store; a person chatting
/// never comes near it. Buckets of idle conversations are dropped by the limiter itself.
/// </summary>
public sealed class ConversationPostLimiter(IOptions<DirectLineOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(conversationId =>
        RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.Value.PostBurst),
            TokensPerPeriod = Math.Max(1, options.Value.PostsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one post from the conversation's bucket; false (and when to try again) when it is empty.</summary>
    public bool TryAcquire(string conversationId, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
