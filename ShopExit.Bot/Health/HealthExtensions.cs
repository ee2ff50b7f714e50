namespace ShopExit.Bot.Health;

/// <summary><c>GET /healthz</c>: healthy when the FAQ content is loaded and the store answers.</summary>
public static class HealthExtensions
{
    /// <summary>Registers the checks.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content")
            .AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    /// <summary>Maps <c>/healthz</c>.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        return app;
    }
}
