using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Channels.DirectLine;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;

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
                await ApiErrors.TooManyRequests().ExecuteAsync(context.HttpContext);
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
        app.MapPost("/api/widget/token", IssueAsync).RequireRateLimiting(RateLimitPolicy)
            .WithTags("Widget")
            .WithMetadata(new ApiRequestBody(typeof(WidgetTokenRequest), Required: false))
            .Produces<ErrorResponse>(StatusCodes.Status429TooManyRequests)
            .Produces<ErrorResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    // The page sends {"locale": "en-US"} (the browser's language or the merchant's choice) so the
    // welcome is in that language; no body, or no locale, is zh-CN.
    private static async Task<Results<Ok<ConversationResponse>, Results<BadRequest<ErrorResponse>, PayloadTooLargeError>>> IssueAsync(HttpRequest request, DirectLineTokenService tokens, ConversationService conversations, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (body, error) = await RequestBody.ReadAsync<WidgetTokenRequest>(request, options.Value.MaxActivityBytes, required: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var conversationId = DirectLineApi.NewConversationId();
        var userId = DirectLineApi.NewUserId();
        await conversations.StartAsync(conversationId, userId, null, body?.Locale, cancellationToken);
        return TypedResults.Ok(new ConversationResponse(conversationId, tokens.Issue(conversationId, userId, null), tokens.LifetimeSeconds, null));
    }
}
