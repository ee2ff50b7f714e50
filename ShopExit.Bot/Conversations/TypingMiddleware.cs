using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Shows the bot typing when a reply to a message takes a while (Bot Builder's
/// <c>ShowTypingMiddleware</c>): one typing activity after 300 ms, at most one per 3 s per
/// conversation. Typing is never stored.
/// </summary>
public sealed class TypingMiddleware(TranscriptWriter transcript, TimeProvider time) : IMiddleware
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private readonly Dictionary<string, DateTimeOffset> _lastTyping = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        using var done = new CancellationTokenSource();
        _ = Task.Delay(Delay, time, done.Token).ContinueWith(
            t =>
            {
                if (!t.IsCanceled)
                {
                    Send(turn);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
        }
    }

    private void Send(TurnContext turn)
    {
        var now = time.GetUtcNow();
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

        transcript.PublishTyping(turn.ConversationId, Accounts.Bot, turn.Activity.Id);
    }
}
