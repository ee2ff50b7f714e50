using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Handoff;

/// <summary>Whether a human can take a conversation now: within business hours, and an agent online.</summary>
public sealed class AgentAvailability(IAgentStore agents, IOptions<HandoffOptions> options, TimeProvider time)
{
    // Every turn asks; the answer may be a second old.
    private static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(1);
    private readonly BusinessHours _hours = new(options.Value);
    private Answer? _cached;

    /// <summary>Whether a human can take a conversation now.</summary>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Volatile.Read(ref _cached) is { } cached && now - cached.At < CacheTime && now >= cached.At)
        {
            return cached.Available;
        }

        var available = _hours.IsOpen(now) && (await agents.ListAsync(cancellationToken)).Any(a => IsOnline(a, now));
        Volatile.Write(ref _cached, new Answer(now, available));
        return available;
    }

    /// <summary>Whether an agent counts as online now (presence and a recent heartbeat).</summary>
    public bool IsOnline(AgentAccount agent, DateTimeOffset now) =>
        agent.Presence == AgentPresence.Online && agent.LastSeen is { } seen && now - seen < options.Value.PresenceTimeout;

    private sealed record Answer(DateTimeOffset At, bool Available);
}
