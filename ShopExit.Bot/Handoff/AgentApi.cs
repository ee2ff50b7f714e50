using System.Security.Claims;
using System.Threading.RateLimiting;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Hosting;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// The agent API under <c>/api/agent</c> (the console uses it; support teams can integrate with it).
/// Errors: 401 without a valid token, 403 for what the role or ownership does not allow, 404, 409.
/// </summary>
public static class AgentApi
{
    /// <summary>The SignalR hub's path.</summary>
    public const string HubPath = "/hubs/agent";

    /// <summary>Where the agent API lives.</summary>
    public const string ApiPath = "/api/agent";

    /// <summary>The rate-limit policy of the login endpoint.</summary>
    public const string LoginRateLimit = "agent-login";

    private const string SupervisorPolicy = "supervisor";
    private const int MaxMessageLength = 4000;

    // The agent sees the most recent part of a long conversation.
    private const int TranscriptLength = 1000;

    /// <summary>Registers authentication, authorization and SignalR for agents.</summary>
    public static IHostApplicationBuilder AddAgentDesk(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName)
            .Validate(o => TryHours(o), "Handoff:BusinessHours must look like 09:00-21:00 and Handoff:TimeZone must be a known time zone.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AgentTokenService>();
        builder.Services.AddSingleton<AgentAvailability>();
        builder.Services.AddSingleton<HandoffNotifier>();
        builder.Services.AddSingleton<ITurnObserver>(services => services.GetRequiredService<HandoffNotifier>());
        builder.Services.AddSingleton<AgentActions>();
        builder.Services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AgentAuthenticationHandler>(AgentAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AgentAuthenticationHandler.SchemeName, policy => policy.AddAuthenticationSchemes(AgentAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(SupervisorPolicy, policy => policy.AddAuthenticationSchemes(AgentAuthenticationHandler.SchemeName).RequireRole(AgentRoles.Supervisor));
        builder.Services.AddSignalR().AddJsonProtocol(json => ActivityJson.Apply(json.PayloadSerializerOptions));
        // Password guessing is slowed per client address.
        var attempts = builder.Configuration.GetValue<int?>($"{HandoffOptions.SectionName}:{nameof(HandoffOptions.LoginAttemptsPerMinute)}") ?? new HandoffOptions().LoginAttemptsPerMinute;
        builder.Services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(limiter =>
            limiter.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
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
        app.MapPost("/api/agent/token", LoginAsync).RequireRateLimiting(LoginRateLimit);
        var api = app.MapGroup(ApiPath).RequireAuthorization(AgentAuthenticationHandler.SchemeName);
        api.MapGet("/me", MeAsync);
        api.MapPost("/presence", PresenceAsync);
        api.MapGet("/agents", AgentsAsync);
        api.MapGet("/stats", StatsAsync).RequireAuthorization(SupervisorPolicy);
        api.MapGet("/canned", Canned);
        api.MapGet("/handoffs", ListAsync);
        api.MapPost("/handoffs/{id}/claim", ClaimAsync);
        api.MapPost("/handoffs/{id}/messages", SendAsync);
        api.MapPost("/handoffs/{id}/typing", TypingAsync);
        api.MapGet("/handoffs/{id}/transcript", TranscriptAsync);
        api.MapPost("/handoffs/{id}/reveal", RevealAsync);
        api.MapPost("/handoffs/{id}/transfer", TransferAsync);
        api.MapPost("/handoffs/{id}/resolve", ResolveAsync);
        app.MapHub<AgentHub>(HubPath);
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest? body, IAgentStore agents, AgentTokenService tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.Username) || string.IsNullOrEmpty(body.Password))
        {
            return ApiErrors.BadArgument("Send {\"username\", \"password\"}.");
        }

        // An unknown name costs the same hashing as a wrong password, so names cannot be probed by timing.
        var agent = await agents.FindAsync(body.Username.Trim(), cancellationToken);
        if (!PasswordHasher.Verify(body.Password, agent?.PasswordHash ?? PasswordHasher.Decoy) || agent is null)
        {
            return ApiErrors.Error(StatusCodes.Status401Unauthorized, "InvalidCredentials", "Unknown username or wrong password.");
        }

        var (token, expiresAt) = tokens.Issue(agent);
        return TypedResults.Ok(new { token, expiresAt, username = agent.Username, displayName = agent.DisplayName, role = agent.Role });
    }

    private static async Task<IResult> MeAsync(ClaimsPrincipal user, IAgentStore agents, CancellationToken cancellationToken) =>
        await CurrentAsync(user, agents, cancellationToken) is { } agent
            ? TypedResults.Ok(new { username = agent.Username, displayName = agent.DisplayName, role = agent.Role, presence = agent.Presence })
            : Gone();

    private static async Task<IResult> PresenceAsync(PresenceRequest? body, ClaimsPrincipal user, IAgentStore agents, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body?.Presence is not ("online" or "away"))
        {
            return ApiErrors.BadArgument("presence must be \"online\" or \"away\".");
        }

        await agents.SetPresenceAsync(user.Identity!.Name!, body.Presence, time.GetUtcNow(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> AgentsAsync(IAgentStore agents, IHandoffStore handoffs, AgentAvailability availability, TimeProvider time, CancellationToken cancellationToken)
    {
        var load = await handoffs.ActiveCountsAsync(cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok((await agents.ListAsync(cancellationToken)).Select(a => new
        {
            username = a.Username,
            displayName = a.DisplayName,
            role = a.Role,
            presence = availability.IsOnline(a, now) ? "online" : a.Presence == "away" ? "away" : "offline",
            active = load.GetValueOrDefault(a.Username),
        }));
    }

    private static async Task<IResult> StatsAsync(IHandoffStore handoffs, IAgentStore agents, AgentAvailability availability, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var waiting = await handoffs.ListAsync(HandoffStatus.Waiting, cancellationToken);
        var waits = waiting.Select(h => (now - h.WaitingSince).TotalSeconds).ToList();
        var load = await handoffs.ActiveCountsAsync(cancellationToken);
        return TypedResults.Ok(new
        {
            waiting = waiting.Count,
            oldestWaitSeconds = waits.Count > 0 ? Math.Round(waits.Max()) : 0,
            averageWaitSeconds = waits.Count > 0 ? Math.Round(waits.Average()) : 0,
            agents = (await agents.ListAsync(cancellationToken)).Select(a => new
            {
                username = a.Username,
                displayName = a.DisplayName,
                presence = availability.IsOnline(a, now) ? "online" : a.Presence == "away" ? "away" : "offline",
                active = load.GetValueOrDefault(a.Username),
            }),
        });
    }

    // Canned replies are the FAQ answers (zh-CN): the nearest ones to the query, or a few to start with.
    private static IResult Canned(string? q, FaqKnowledge knowledge)
    {
        var kb = knowledge.Current;
        var entries = string.IsNullOrWhiteSpace(q)
            ? kb.Content.Entries.Where(e => e.Kind == EntryKind.Faq && !e.Tags.Contains("smalltalk", StringComparer.Ordinal)).Take(10)
            : kb.Matcher.Match(q).Candidates.Select(c => c.Entry).Where(e => e.Kind == EntryKind.Faq);
        return TypedResults.Ok(entries.Select(e => new { id = e.Id, title = e.TitleFor("zh-CN"), text = e.Answer.Zh.Trim() }));
    }

    private static async Task<IResult> ListAsync(string? status, ClaimsPrincipal user, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        status ??= HandoffStatus.Waiting;
        if (status is not (HandoffStatus.Waiting or HandoffStatus.Active or HandoffStatus.Resolved))
        {
            return ApiErrors.BadArgument("status must be waiting, active or resolved.");
        }

        var list = await handoffs.ListAsync(status, cancellationToken);
        // Agents see the whole queue and their own conversations; supervisors see everything.
        return TypedResults.Ok(status == HandoffStatus.Waiting || user.IsInRole(AgentRoles.Supervisor)
            ? list
            : list.Where(h => h.AssignedTo == user.Identity!.Name).ToList());
    }

    private static async Task<IResult> ClaimAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var agent = await CurrentAsync(user, agents, cancellationToken);
        if (agent is null)
        {
            return Gone();
        }

        return await desk.ClaimAsync(id, agent, cancellationToken)
            ? TypedResults.Ok(await handoffs.GetAsync(id, cancellationToken))
            : Conflict("AlreadyClaimed", "Someone else took this conversation, or it is no longer waiting.");
    }

    private static async Task<IResult> SendAsync(string id, MessageRequest? body, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxMessageLength)
        {
            return ApiErrors.BadArgument($"Send {{\"text\"}} with 1 to {MaxMessageLength} characters.");
        }

        var (handoff, agent, error) = await OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        return error ?? TypedResults.Ok(new { id = await desk.SendAsync(handoff!, agent!, text, cancellationToken) });
    }

    private static async Task<IResult> TypingAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        var (handoff, agent, error) = await OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        desk.Typing(handoff!, agent!);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> TranscriptAsync(string id, ClaimsPrincipal user, IHandoffStore handoffs, IConversationStore conversations, CancellationToken cancellationToken)
    {
        var (handoff, error) = await VisibleAsync(id, user, handoffs, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var activities = await conversations.GetLatestActivitiesAsync(handoff!.ConversationId, TranscriptLength, cancellationToken);
        return TypedResults.Ok(new { activities = activities.Where(a => a.Activity.Type == ActivityTypes.Message).Select(AgentView.Of).ToList() });
    }

    private static async Task<IResult> RevealAsync(string id, RevealRequest? body, ClaimsPrincipal user, IHandoffStore handoffs, IConversationStore conversations, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (handoff, error) = await VisibleAsync(id, user, handoffs, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var activity = ActivityIds.SequenceOf(handoff!.ConversationId, body?.ActivityId) is { } sequence
            ? (await conversations.GetActivitiesAsync(handoff.ConversationId, sequence - 1, 1, cancellationToken)).FirstOrDefault(a => a.Activity.Id == body!.ActivityId)?.Activity
            : null;
        if (activity is null)
        {
            return ApiErrors.Error(StatusCodes.Status404NotFound, "NotFound", $"No message '{body?.ActivityId}' in this conversation.");
        }

        await handoffs.LogRevealAsync(user.Identity!.Name!, handoff.Id, activity.Id!, time.GetUtcNow(), cancellationToken);
        loggers.CreateLogger(typeof(AgentApi)).LogInformation("Agent {Agent} revealed message {ActivityId} of handoff {HandoffId}", user.Identity.Name, activity.Id, handoff.Id);
        return TypedResults.Ok(new { text = activity.Text });
    }

    private static async Task<IResult> TransferAsync(string id, TransferRequest? body, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        var (handoff, _, error) = await OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(body?.To) || await agents.FindAsync(body.To, cancellationToken) is not { } to)
        {
            return ApiErrors.Error(StatusCodes.Status404NotFound, "NotFound", $"No agent '{body?.To}'.");
        }

        return await desk.TransferAsync(handoff!, to, cancellationToken)
            ? TypedResults.Ok(await handoffs.GetAsync(id, cancellationToken))
            : Conflict("Changed", "The conversation changed hands meanwhile; refresh.");
    }

    private static async Task<IResult> ResolveAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        var (handoff, agent, error) = await OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return await desk.ResolveAsync(handoff!, agent!, cancellationToken)
            ? TypedResults.Ok(await handoffs.GetAsync(id, cancellationToken))
            : Conflict("Changed", "The conversation changed meanwhile; refresh.");
    }

    // Only the owning agent (or a supervisor) acts on an active conversation.
    private static async Task<(HandoffRecord? Handoff, AgentAccount? Agent, IResult? Error)> OwnedActiveAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is not { } handoff)
        {
            return (null, null, NotFound(id));
        }

        if (await CurrentAsync(user, agents, cancellationToken) is not { } agent)
        {
            return (null, null, Gone());
        }

        if (handoff.Status != HandoffStatus.Active)
        {
            return (null, null, Conflict("NotActive", $"The conversation is {handoff.Status}; claim it first."));
        }

        if (handoff.AssignedTo != agent.Username && agent.Role != AgentRoles.Supervisor)
        {
            return (null, null, ApiErrors.Forbidden("This conversation belongs to another agent."));
        }

        return (handoff, agent, null);
    }

    // Anyone may look at a waiting handoff before claiming it; afterwards only its agent or a supervisor.
    private static async Task<(HandoffRecord? Handoff, IResult? Error)> VisibleAsync(string id, ClaimsPrincipal user, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is not { } handoff)
        {
            return (null, NotFound(id));
        }

        return handoff.Status == HandoffStatus.Waiting || handoff.AssignedTo == user.Identity!.Name || user.IsInRole(AgentRoles.Supervisor)
            ? (handoff, null)
            : (null, ApiErrors.Forbidden("This conversation belongs to another agent."));
    }

    private static Task<AgentAccount?> CurrentAsync(ClaimsPrincipal user, IAgentStore agents, CancellationToken cancellationToken) =>
        agents.FindAsync(user.Identity!.Name!, cancellationToken);

    private static IResult NotFound(string id) => ApiErrors.Error(StatusCodes.Status404NotFound, "NotFound", $"No handoff '{id}'.");

    private static IResult Conflict(string code, string message) => ApiErrors.Error(StatusCodes.Status409Conflict, code, message);

    private static IResult Gone() => ApiErrors.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "This account no longer exists.");

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
