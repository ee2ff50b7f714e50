using ShopExit.Bot.Conversations;
using StackExchange.Redis;

namespace ShopExit.Bot.Scaleout;

/// <summary>
/// The one Redis connection of the instance (<c>ConnectionStrings:Redis</c>), shared by the
/// conversation backplane and the agent hub's. It is connected by <see cref="ConnectAsync"/> at
/// start-up, after the store opened, so a missing, invalid or unreachable Redis is reported as a
/// start fault with one line, like a PostgreSQL server that does not answer.
/// </summary>
public sealed class RedisConnection(string? configuration) : IAsyncDisposable
{
    /// <summary>The configuration key.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:Redis";

    private IConnectionMultiplexer? _multiplexer;

    /// <summary>The connection; only after <see cref="ConnectAsync"/>.</summary>
    public IConnectionMultiplexer Multiplexer => _multiplexer ?? throw new InvalidOperationException("Redis is used before the start connected it.");

    /// <summary>
    /// What the keys this instance writes start with: the configuration's <c>channelPrefix</c>, if
    /// any, so clusters kept apart on one Redis by their channels are kept apart in their keys too.
    /// Known after <see cref="ConnectAsync"/>.
    /// </summary>
    public string KeyPrefix { get; private set; } = string.Empty;

    /// <summary>Connects, or throws <see cref="StoreFaultException"/> naming the setting or the server and the cause (never a password).</summary>
    public async Task ConnectAsync()
    {
        if (string.IsNullOrWhiteSpace(configuration))
        {
            throw Fault($"ShopExit:Store is 'postgres' but {ConnectionStringKey} is not set (a StackExchange.Redis configuration: host:port[,password=…]); every instance needs it to hear the others", null);
        }

        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException ex)
        {
            throw Fault($"{ConnectionStringKey} is not a valid StackExchange.Redis configuration ({ex.Message})", ex);
        }

        if (options.EndPoints.Count == 0)
        {
            throw Fault($"{ConnectionStringKey} names no Redis server (host:port)", null);
        }

        KeyPrefix = options.ChannelPrefix is { } prefix ? (string?)prefix ?? string.Empty : string.Empty;

        // Only the first connection must succeed; later drops are reconnected in the background.
        options.AbortOnConnectFail = true;
        var servers = string.Join(", ", options.EndPoints.Select(EndPointCollection.ToString));
        try
        {
            _multiplexer = await ConnectionMultiplexer.ConnectAsync(options);
        }
        catch (RedisException ex)
        {
            // The client's message goes on about abortConnect; its first sentence is the cause.
            var cause = ex.Message.Split('.', 2)[0];
            throw Fault($"the Redis server {servers} cannot be reached ({cause})", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }
    }

    private static StoreFaultException Fault(string message, Exception? cause) => new(ConnectionStringKey, message, isCorruption: false, cause);
}
