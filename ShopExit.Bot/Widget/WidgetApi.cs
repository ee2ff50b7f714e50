using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Channels.DirectLine;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Widget;

/// <summary>
/// <c>POST /api/widget/token</c>: the web widget's way in without a secret. Each call starts a new
/// conversation for a new anonymous user and returns a token bound to it; calls are limited per
/// client address, so the endpoint cannot be used to flood the store, and only pages of the
/// bot's own origin and of <c>Widget:AllowedOrigins</c> may call it (<see cref="WidgetOrigins"/>).
/// </summary>
public static class WidgetApi
{
    /// <summary>The rate limit's name (<see cref="RateLimitExtensions.RequireRateLimit"/>).</summary>
    public const string RateLimitPolicy = "widget-token";

    /// <summary>Adds the allowed origins and the per-address rate limit.</summary>
    public static IHostApplicationBuilder AddWidget(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // One string is easier to set in an environment variable than a numbered list.
                if (configuration.GetSection($"{WidgetOptions.SectionName}:{nameof(WidgetOptions.AllowedOrigins)}").Value is { } list)
                {
                    options.AllowedOrigins.AddRange(list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            })
            .Validate(
                o => o.AllowedOrigins.All(origin => origin == WidgetOrigins.Any || WidgetOrigins.Normalize(origin) is not null),
                "Widget:AllowedOrigins must list origins such as https://shop.example (scheme, host and an optional port, no path), or *.")
            .ValidateOnStart();
        builder.Services.AddSingleton<WidgetOrigins>();

        // A token bucket rather than a fixed window, so a refused page hears when the next token is
        // there (Retry-After, a few seconds) instead of waiting for the whole minute to pass: the
        // visitor after a burst from one office address gets in moments later.
        var perMinute = Math.Max(1, builder.Configuration.GetValue<int?>($"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.WidgetTokensPerMinute)}") ?? new DirectLineOptions().WidgetTokensPerMinute);
        builder.Services.AddRateLimit(new RateLimit(RateLimitPolicy, perMinute, 1, TimeSpan.FromMinutes(1) / perMinute));
        return builder;
    }

    /// <summary>Maps the token endpoint, the page and the embed script.</summary>
    public static WebApplication MapWidget(this WebApplication app)
    {
        app.UseMiddleware<PageSecurityHeaders>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapPost("/api/widget/token", IssueAsync).RequireRateLimit(RateLimitPolicy)
            .WithTags("Widget")
            .WithMetadata(new ApiRequestBody(typeof(WidgetTokenRequest), Required: false))
            .Produces<ErrorResponse>(StatusCodes.Status429TooManyRequests)
            .Produces<ErrorResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    // The page sends {"locale": "en-US"} (the browser's language or the merchant's choice) so the
    // welcome is in that language; no body, or no locale, is zh-CN.
    private static async Task<Results<Ok<ConversationResponse>, ForbiddenError, Results<BadRequest<ErrorResponse>, PayloadTooLargeError>>> IssueAsync(HttpRequest request, WidgetOrigins origins, DirectLineTokenService tokens, ConversationService conversations, IOptions<DirectLineOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!origins.Allows(request, out var origin))
        {
            loggers.CreateLogger(typeof(WidgetApi)).LogInformation("Widget token refused to a page of {Origin}, which is not in Widget:AllowedOrigins", origin);
            return ApiErrors.OriginNotAllowed(origin);
        }

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
