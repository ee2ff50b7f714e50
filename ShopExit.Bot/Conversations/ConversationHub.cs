using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Tells a conversation's open streams that something happened. Listeners are only signalled;
/// they read the transcript from their own watermark, so signals may be merged or arrive out of
/// order without an activity ever being skipped or sent twice. With a backplane (several
/// instances) every signal also goes to the other instances, and theirs come back through
/// <see cref="Deliver"/>.
/// </summary>
/// <param name="backplane">The other instances, or null when this is the only one.</param>
public sealed class ConversationHub(IHubBackplane? backplane = null)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<HubSignal>, byte>> _listeners = new(StringComparer.Ordinal);

    // Subscribing and dropping an empty set must not interleave, or a reconnecting stream could
    // land in a set that is being removed and never hear from its conversation again.
    private readonly Lock _membership = new();

    /// <summary>Starts listening; dispose the result to stop.</summary>
    public Subscription Subscribe(string conversationId)
    {
        // Only the newest few signals matter: one "changed" is as good as ten.
        var channel = Channel.CreateBounded<HubSignal>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_membership)
        {
            var listeners = _listeners.GetOrAdd(conversationId, _ => new());
            if (listeners.IsEmpty)
            {
                backplane?.Opened(conversationId);
            }

            listeners.TryAdd(channel, 0);
        }

        return new Subscription(this, conversationId, channel);
    }

    /// <summary>The conversations with a stream open on this instance.</summary>
    public ICollection<string> ListeningHere => _listeners.Keys;

    /// <summary>
    /// How often a stream should read the store without a signal, or null when every signal is
    /// in-process and cannot be lost.
    /// </summary>
    public TimeSpan? ResyncInterval => backplane?.ResyncInterval;

    /// <summary>Whether the conversation has an open stream on this or any other instance (the merchant's page is open).</summary>
    public async Task<bool> IsListeningAsync(string conversationId, CancellationToken cancellationToken) =>
        _listeners.ContainsKey(conversationId)
        || (backplane is not null && await backplane.IsListeningAnywhereAsync(conversationId, cancellationToken));

    /// <summary>Tells every listener of the conversation, on every instance.</summary>
    public void Publish(string conversationId, HubSignal signal)
    {
        Deliver(conversationId, signal);
        backplane?.Publish(conversationId, signal);
    }

    /// <summary>Tells this instance's listeners of the conversation (a backplane delivers another instance's signal this way).</summary>
    public void Deliver(string conversationId, HubSignal signal)
    {
        if (_listeners.TryGetValue(conversationId, out var listeners))
        {
            foreach (var channel in listeners.Keys)
            {
                channel.Writer.TryWrite(signal);
            }
        }
    }

    private void Unsubscribe(string conversationId, Channel<HubSignal> channel)
    {
        lock (_membership)
        {
            if (_listeners.TryGetValue(conversationId, out var listeners))
            {
                listeners.TryRemove(channel, out _);
                if (listeners.IsEmpty)
                {
                    _listeners.TryRemove(conversationId, out _);
                    backplane?.Closed(conversationId);
                }
            }
        }

        channel.Writer.TryComplete();
    }

    /// <summary>An open listener.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly ConversationHub _hub;
        private readonly string _conversationId;
        private readonly Channel<HubSignal> _channel;

        internal Subscription(ConversationHub hub, string conversationId, Channel<HubSignal> channel)
        {
            _hub = hub;
            _conversationId = conversationId;
            _channel = channel;
        }

        /// <summary>The signals.</summary>
        public ChannelReader<HubSignal> Signals => _channel.Reader;

        /// <summary>Adds a signal of the listener's own (its keep-alive timer) among the others.</summary>
        public void Add(HubSignal signal) => _channel.Writer.TryWrite(signal);

        /// <inheritdoc />
        public void Dispose() => _hub.Unsubscribe(_conversationId, _channel);
    }
}
