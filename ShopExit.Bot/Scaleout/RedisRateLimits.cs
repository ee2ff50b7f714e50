using System.Globalization;
using ShopExit.Bot.Hosting;
using StackExchange.Redis;

namespace ShopExit.Bot.Scaleout;

/// <summary>
/// The rate limits counted across instances: one token bucket per limit and partition in Redis
/// (<c>shopexit:limit:{name}:{partition}</c>, a hash of the tokens left and when they were counted),
/// taken from and refilled in one Lua script, so two instances never both take the last token.
/// The script reads Redis's clock (<c>TIME</c>), so the instances' clocks do not matter, and lets
/// the key expire once the bucket would be full again, so idle partitions leave nothing behind.
/// The bucket refills continuously (<see cref="RateLimit.TokensPerPeriod"/> per
/// <see cref="RateLimit.Period"/>, in fractions of a token): the login limit's whole-minute refill
/// becomes one attempt every 60/N s, the same for a burst of guesses.
/// <para>
/// When Redis cannot answer (not connected, an error, no answer within <see cref="Timeout"/>) the
/// request is allowed: the limits only slow floods and guessing, and a merchant must never be
/// refused, or kept waiting, because Redis blinked. The warning is logged at most once per
/// <see cref="WarnEvery"/>.
/// </para>
/// </summary>
public sealed class RedisRateLimits(RedisConnection redis, TimeProvider time, ILogger<RedisRateLimits> logger) : IRateLimits
{
    /// <summary>How long a request waits for Redis before it is allowed without it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How often, at most, that Redis could not count is logged.</summary>
    public static readonly TimeSpan WarnEvery = TimeSpan.FromSeconds(30);

    // KEYS[1] the bucket; ARGV capacity, tokens per period, period in ms. Returns {allowed, retry after in ms}.
    private static readonly LuaScript TakeToken = LuaScript.Prepare("""
        local capacity = tonumber(@capacity)
        local rate = tonumber(@tokensPerPeriod) / tonumber(@periodMs)
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        local bucket = redis.call('HMGET', @key, 'tokens', 'at')
        local tokens = tonumber(bucket[1])
        local at = tonumber(bucket[2])
        if tokens == nil or at == nil then
          tokens = capacity
          at = now
        end
        tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
        local allowed = 0
        local wait = 0
        if tokens >= 1 then
          tokens = tokens - 1
          allowed = 1
        else
          wait = math.ceil((1 - tokens) / rate)
        end
        redis.call('HSET', @key, 'tokens', tostring(tokens), 'at', now)
        redis.call('PEXPIRE', @key, math.ceil((capacity - tokens) / rate) + 1000)
        return {allowed, wait}
        """);

    private long _lastWarning = long.MinValue;

    /// <inheritdoc />
    public async ValueTask<RateDecision> TryAcquireAsync(RateLimit limit, string partition, CancellationToken cancellationToken)
    {
        var multiplexer = redis.Multiplexer;
        if (!multiplexer.IsConnected)
        {
            return Allowed(limit, "not connected");
        }

        try
        {
            var result = (RedisResult[]?)await TakeToken.EvaluateAsync(multiplexer.GetDatabase(), new
            {
                key = (RedisKey)Key(limit, partition),
                capacity = Math.Max(1, limit.Capacity),
                tokensPerPeriod = Math.Max(1, limit.TokensPerPeriod),
                periodMs = Math.Max(1, (long)limit.Period.TotalMilliseconds),
            }).WaitAsync(Timeout, cancellationToken);
            return result is [var allowed, var wait]
                ? (long)allowed == 1 ? RateDecision.Allow : RateDecision.Refuse(TimeSpan.FromMilliseconds((long)wait))
                : Allowed(limit, "an unexpected answer");
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            // ObjectDisposedException: a request still running while the instance shuts down.
            return Allowed(limit, ex.Message);
        }
        catch (TimeoutException)
        {
            return Allowed(limit, $"no answer within {Timeout.TotalSeconds} s");
        }
    }

    /// <summary>The bucket's key.</summary>
    public string Key(RateLimit limit, string partition) => string.Create(CultureInfo.InvariantCulture, $"{redis.KeyPrefix}shopexit:limit:{limit.Name}:{partition}");

    private RateDecision Allowed(RateLimit limit, string reason)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarning);
        if ((last == long.MinValue || time.GetElapsedTime(last, now) >= WarnEvery) && Interlocked.CompareExchange(ref _lastWarning, now, last) == last)
        {
            logger.LogWarning("Redis could not count the {Limit} limit ({Reason}); requests are allowed until it can", limit.Name, reason);
        }

        return RateDecision.Allow;
    }
}
