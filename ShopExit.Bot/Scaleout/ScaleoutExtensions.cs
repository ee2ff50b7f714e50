using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Scaleout;

/// <summary>
/// Fan-out between instances on Redis (<c>ConnectionStrings:Redis</c>): the conversation hub's
/// backplane, open streams counted across instances, the agent hub's SignalR backplane, and the
/// rate limits counted across instances.
/// </summary>
public static class ScaleoutExtensions
{
    /// <summary>
    /// Registers the Redis parts when <paramref name="enabled"/> (several instances may share the
    /// store: PostgreSQL); otherwise nothing, and the hubs stay in-process.
    /// </summary>
    public static IHostApplicationBuilder AddScaleout(this IHostApplicationBuilder builder, bool enabled)
    {
        if (!enabled)
        {
            return builder;
        }

        var redis = new RedisConnection(builder.Configuration[RedisConnection.ConnectionStringKey]);
        builder.Services.AddSingleton(redis);
        builder.Services.AddSingleton<RedisStreamPresence>();
        builder.Services.AddSingleton<RedisHubBackplane>();
        builder.Services.AddSingleton<IHubBackplane>(services => services.GetRequiredService<RedisHubBackplane>());
        builder.Services.AddHostedService<RedisHubRelay>();

        // The rate limits count across instances, in place of each instance's own.
        builder.Services.Replace(ServiceDescriptor.Singleton<IRateLimits, RedisRateLimits>());

        // The agent hub's groups and users across instances, on the same connection.
        builder.Services.AddSignalR().AddStackExchangeRedis(options =>
            options.ConnectionFactory = _ => Task.FromResult(redis.Multiplexer));
        return builder;
    }

    /// <summary>
    /// Connects to Redis when it is used (before anything publishes); throws
    /// <see cref="StoreFaultException"/> when it cannot.
    /// </summary>
    public static Task ConnectScaleoutAsync(this IServiceProvider services) =>
        services.GetService<RedisConnection>()?.ConnectAsync() ?? Task.CompletedTask;
}
