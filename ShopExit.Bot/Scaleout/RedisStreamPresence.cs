using StackExchange.Redis;

namespace ShopExit.Bot.Scaleout;

/// <summary>
/// Which instances have a stream of a conversation open: one sorted set per conversation
/// (<c>shopexit:streams:{id}</c>), one member per instance, scored with the time the member
/// stops counting. An instance refreshes its members while its streams stay open
/// (<see cref="RefreshEvery"/>) and removes one when its last stream closes; an instance that dies
/// stops refreshing, so its members stop counting after <see cref="Lifetime"/> without anyone
/// cleaning up. The set itself expires when nobody refreshes it.
/// </summary>
public sealed class RedisStreamPresence(RedisConnection redis, TimeProvider time)
{
    /// <summary>How long a member counts without a refresh.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>How often open streams are refreshed: a few times per lifetime, so one late refresh does not matter.</summary>
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(10);

    /// <summary>This instance's member name.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>This instance has a stream of the conversation open (again).</summary>
    public void Mark(string conversationId)
    {
        var key = Key(conversationId);
        var now = time.GetUtcNow();
        var database = redis.Multiplexer.GetDatabase();
        database.SortedSetAdd(key, InstanceId, (now + Lifetime).ToUnixTimeMilliseconds(), CommandFlags.FireAndForget);
        database.SortedSetRemoveRangeByScore(key, double.NegativeInfinity, now.ToUnixTimeMilliseconds(), flags: CommandFlags.FireAndForget);
        database.KeyExpire(key, Lifetime, CommandFlags.FireAndForget);
    }

    /// <summary>This instance has no stream of the conversation open any more.</summary>
    public void Unmark(string conversationId) =>
        redis.Multiplexer.GetDatabase().SortedSetRemove(Key(conversationId), InstanceId, CommandFlags.FireAndForget);

    /// <summary>Whether any instance has a stream of the conversation open.</summary>
    public async Task<bool> AnyAsync(string conversationId)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await redis.Multiplexer.GetDatabase().SortedSetLengthAsync(Key(conversationId), now, double.PositiveInfinity, Exclude.Start) > 0;
    }

    private static RedisKey Key(string conversationId) => "shopexit:streams:" + conversationId;
}
