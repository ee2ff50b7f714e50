using System.Collections.Concurrent;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Shows the bot typing when a reply to a message takes a while (Bot Builder's
/// <c>ShowTypingMiddleware</c>): one typing activity after 300 ms, at most one per 3 s per
/// conversation. Typing is never stored.
/// </summary>
/// <remarks>
/// One timer looks at the turns in flight ten times a second, rather than a timer per turn: most
/// turns end in a few milliseconds, and a timer each cost more than the rest of the middleware.
/// </remarks>
public sealed class TypingMiddleware : IMiddleware, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private readonly TranscriptWriter _transcript;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<TurnContext, DateTimeOffset> _running = new();
    private readonly Dictionary<string, DateTimeOffset> _lastTyping = new(StringComparer.Ordinal);
    private readonly ITimer _sweeper;

    /// <summary>Creates the middleware and its timer.</summary>
    public TypingMiddleware(TranscriptWriter transcript, TimeProvider time)
    {
        _transcript = transcript;
        _time = time;
        _sweeper = time.CreateTimer(_ => Sweep(), null, Tick, Tick);
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        _running[turn] = _time.GetUtcNow();
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            _running.TryRemove(turn, out _);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _sweeper.Dispose();

    private void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var (turn, started) in _running)
        {
            // Taken out first, so a turn is shown typing once however long it runs.
            if (now - started >= Delay && _running.TryRemove(turn, out _))
            {
                Send(turn);
            }
        }
    }

    private void Send(TurnContext turn)
    {
        var now = _time.GetUtcNow();
        lock (_lastTyping)
        {
            if (_lastTyping.TryGetValue(turn.ConversationId, out var last) && now - last < Interval)
            {
                return;
            }

            _lastTyping[turn.ConversationId] = now;
            if (_lastTyping.Count > 10_000)
            {
                // Only recent entries matter; forget old ones so idle conversations cost nothing.
                foreach (var stale in _lastTyping.Where(e => now - e.Value > Interval).Select(e => e.Key).ToList())
                {
                    _lastTyping.Remove(stale);
                }
            }
        }

        _transcript.PublishTyping(turn.ConversationId, Accounts.Bot, turn.Activity.Id);
    }
}
