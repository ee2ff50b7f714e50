namespace ShopExit.Bot.Conversations;

/// <summary>Describes the turn pipeline: <see cref="Use{T}"/> each middleware in order, then <see cref="Run{T}"/> the bot.</summary>
public sealed class TurnPipelineBuilder
{
    private readonly List<Type> _middleware = [];
    private Type? _bot;

    /// <summary>Adds a middleware; it runs after the ones added before it.</summary>
    public TurnPipelineBuilder Use<T>()
        where T : class, IMiddleware
    {
        _middleware.Add(typeof(T));
        return this;
    }

    /// <summary>Sets what answers the turn once every middleware has let it through.</summary>
    public TurnPipelineBuilder Run<T>()
        where T : class, IBot
    {
        _bot = typeof(T);
        return this;
    }

    internal void Register(IServiceCollection services)
    {
        var bot = _bot ?? throw new InvalidOperationException("The turn pipeline has no bot: call Run<TBot>().");
        foreach (var type in _middleware)
        {
            services.AddSingleton(type);
        }

        services.AddSingleton(bot);
        var order = _middleware.ToArray();
        services.AddSingleton(provider => new TurnPipeline(
            [.. order.Select(t => (IMiddleware)provider.GetRequiredService(t))],
            (IBot)provider.GetRequiredService(bot)));
    }
}
