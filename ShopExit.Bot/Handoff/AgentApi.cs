using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff.Api;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// The agent desk's registration and routes: the agent API under <c>/api/agent</c> (the console
/// uses it; support teams can integrate with it), the SignalR hub and the console's address. The
/// endpoints themselves are in <c>Handoff/Api</c> by feature, their bodies in <c>Handoff/Contracts</c>.
/// Errors: 401 without a valid token, 403 for what the role or ownership does not allow, 404, 409.
/// </summary>
public static class AgentApi
{
    /// <summary>The SignalR hub's path.</summary>
    public const string HubPath = "/hubs/agent";

    /// <summary>Where the agent API lives.</summary>
    public const string ApiPath = "/api/agent";

    /// <summary>The rate limit of the login endpoint.</summary>
    public const string LoginRateLimit = "agent-login";

    /// <summary>The bearer's name in the OpenAPI document.</summary>
    public const string BearerScheme = "agent";

    private const string SupervisorPolicy = "supervisor";

    /// <summary>Registers authentication, authorization and SignalR for agents.</summary>
    public static IHostApplicationBuilder AddAgentDesk(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName)
            .Validate(o => TryHours(o), "Handoff:BusinessHours must look like 09:00-21:00 and Handoff:TimeZone must be a known time zone.")
            .Validate(o => o.AbandonAfter > TimeSpan.Zero && o.AbandonCheckInterval > TimeSpan.Zero, "Handoff:AbandonAfter and Handoff:AbandonCheckInterval must be positive times, like 00:30:00.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AgentTokenService>();
        builder.Services.AddSingleton<AgentAvailability>();
        builder.Services.AddSingleton<HandoffNotifier>();
        builder.Services.AddSingleton<ITurnObserver>(services => services.GetRequiredService<HandoffNotifier>());
        builder.Services.AddSingleton<AgentActions>();
        builder.Services.AddSingleton<HandoffPreviews>();
        builder.Services.AddSingleton<AgentConnections>();
        builder.Services.AddHostedService<AgentConnectionSweeper>();
        builder.Services.AddSingleton<HandoffAbandonment>();
        builder.Services.AddHostedService<HandoffAbandonmentSweeper>();
        builder.Services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AgentAuthenticationHandler>(AgentAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AgentAuthenticationHandler.SchemeName, policy => policy.AddAuthenticationSchemes(AgentAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(SupervisorPolicy, policy => policy.AddAuthenticationSchemes(AgentAuthenticationHandler.SchemeName).RequireRole(AgentRoles.Supervisor));
        builder.Services.AddSignalR().AddJsonProtocol(json => ActivityJson.Apply(json.PayloadSerializerOptions));
        // Password guessing is slowed per client address.
        var attempts = builder.Configuration.GetValue<int?>($"{HandoffOptions.SectionName}:{nameof(HandoffOptions.LoginAttemptsPerMinute)}") ?? new HandoffOptions().LoginAttemptsPerMinute;
        // A bucket refilled whole every minute: a fixed window in one instance; counted in Redis
        // across instances it refills one attempt every 60/N s instead, the same for a burst of guesses.
        builder.Services.AddRateLimit(new RateLimit(LoginRateLimit, Math.Max(1, attempts), Math.Max(1, attempts), TimeSpan.FromMinutes(1)));
        return builder;
    }

    /// <summary>Maps the API, the hub and the console.</summary>
    public static WebApplication MapAgentDesk(this WebApplication app)
    {
        // The console is static files under /agent/; a route here would stop them from being served.
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value == "/agent")
            {
                context.Response.Redirect("/agent/");
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        AgentAccountEndpoints.MapLogin(app, LoginRateLimit);
        // Every call but the login needs the agent's token (the authentication's 401), and any may
        // meet a store fault (503); each endpoint's own answers are in its typed results.
        var api = app.MapGroup(ApiPath).RequireAuthorization(AgentAuthenticationHandler.SchemeName)
            .WithTags("Agent")
            .WithMetadata(new ApiBearer(BearerScheme, "The token from POST /api/agent/token (the console sends it on every call, and as access_token to the hub)."))
            .ProducesError(StatusCodes.Status401Unauthorized)
            .ProducesError(StatusCodes.Status503ServiceUnavailable);
        AgentAccountEndpoints.Map(api, SupervisorPolicy);
        HandoffEndpoints.Map(api);
        HandoffChatEndpoints.Map(api);
        app.MapHub<AgentHub>(HubPath);
        return app;
    }

    private static bool TryHours(HandoffOptions options)
    {
        try
        {
            _ = new BusinessHours(options);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
