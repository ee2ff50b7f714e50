using System.Threading.RateLimiting;
using ShopExit.Bot.Channels.DirectLine;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Widget;

/// <summary>
/// <c>POST /api/widget/token</c>: the web widget's way in without a secret. Each call starts a new
/// conversation for a new anonymous user and returns a token bound to it; calls are limited per
/// client address, so the endpoint cannot be used to flood the store.
/// </summary>
public static class WidgetApi
{
    /// <summary>The rate-limit policy name.</summary>
    public const string RateLimitPolicy = "widget-token";

    /// <summary>Adds the per-address rate limit.</summary>
    public static IHostApplicationBuilder AddWidget(this IHostApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue<int?>($"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.WidgetTokensPerMinute)}") ?? new DirectLineOptions().WidgetTokensPerMinute;
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = async (context, cancellationToken) =>
                await DirectLineErrors.TooManyRequests().ExecuteAsync(context.HttpContext);
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    /// <summary>Maps the token endpoint, the page and the embed script.</summary>
    public static WebApplication MapWidget(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<PageSecurityHeaders>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapPost("/api/widget/token", IssueAsync).RequireRateLimiting(RateLimitPolicy);
        return app;
    }

    private static async Task<IResult> IssueAsync(DirectLineTokenService tokens, ConversationService conversations, CancellationToken cancellationToken)
    {
        var conversationId = DirectLineApi.NewConversationId();
        var userId = DirectLineApi.NewUserId();
        await conversations.StartAsync(conversationId, userId, null, cancellationToken);
        return TypedResults.Ok(new ConversationResponse(conversationId, tokens.Issue(conversationId, userId, null), tokens.LifetimeSeconds, null));
    }
}
