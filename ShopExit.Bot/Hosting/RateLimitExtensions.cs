using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// Rate limits on endpoints: a limit is registered by name, and an endpoint requires it per client
/// address. An endpoint filter rather than ASP.NET's rate-limiting middleware, whose policies are
/// synchronous: the limit may be counted in Redis (<see cref="IRateLimits"/>).
/// </summary>
public static class RateLimitExtensions
{
    /// <summary>Registers <paramref name="limit"/> under its name, and the in-process limits unless another place to count them is registered.</summary>
    public static IServiceCollection AddRateLimit(this IServiceCollection services, RateLimit limit)
    {
        services.TryAddSingleton<IRateLimits, InProcessRateLimits>();
        services.AddKeyedSingleton(limit.Name, limit);
        return services;
    }

    /// <summary>
    /// Counts every call of the endpoint against the named limit, per client address
    /// (<c>RemoteIpAddress</c>, the real client's once the proxy headers are applied); over it,
    /// 429 with <c>Retry-After</c>.
    /// </summary>
    public static RouteHandlerBuilder RequireRateLimit(this RouteHandlerBuilder endpoint, string name) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var limit = http.RequestServices.GetRequiredKeyedService<RateLimit>(name);
            var decision = await http.RequestServices.GetRequiredService<IRateLimits>()
                .TryAcquireAsync(limit, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", http.RequestAborted);
            return decision.Allowed ? await next(context) : ApiErrors.TooManyRequests(http.Response, decision.RetryAfter);
        });
}
