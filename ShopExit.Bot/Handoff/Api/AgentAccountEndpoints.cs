using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff.Contracts;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff.Api;

/// <summary>The agents themselves: login, who am I, presence, the agent list and the supervisor's statistics.</summary>
internal static class AgentAccountEndpoints
{
    /// <summary>Maps the login, which needs no token (rate-limited per address).</summary>
    public static void MapLogin(IEndpointRouteBuilder app, string rateLimit) =>
        app.MapPost(AgentApi.ApiPath + "/token", LoginAsync).RequireRateLimit(rateLimit)
            .WithTags("Agent")
            .Produces<ErrorResponse>(StatusCodes.Status429TooManyRequests)
            .Produces<ErrorResponse>(StatusCodes.Status503ServiceUnavailable);

    /// <summary>Maps the rest on the authenticated group.</summary>
    public static void Map(RouteGroupBuilder api, string supervisorPolicy)
    {
        api.MapGet("/me", MeAsync);
        api.MapGet("/labels", (FaqKnowledge knowledge) => TypedResults.Ok(DeskLabelCatalog.Of(knowledge)));
        api.MapPost("/presence", PresenceAsync);
        api.MapGet("/agents", AgentsAsync);
        api.MapGet("/stats", StatsAsync).RequireAuthorization(supervisorPolicy)
            .Produces<ErrorResponse>(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<LoginResponse>, BadRequest<ErrorResponse>, UnauthorizedError>> LoginAsync(LoginRequest? body, IAgentStore agents, AgentTokenService tokens, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.Username) || string.IsNullOrEmpty(body.Password))
        {
            return ApiErrors.BadArgument("Send {\"username\", \"password\"}.");
        }

        // An unknown name costs the same hashing as a wrong password, so names cannot be probed by timing.
        var agent = await agents.FindAsync(body.Username.Trim(), cancellationToken);
        if (!PasswordHasher.Verify(body.Password, agent?.PasswordHash ?? PasswordHasher.Decoy) || agent is null)
        {
            return ApiErrors.Unauthorized("InvalidCredentials", "Unknown username or wrong password.");
        }

        // An account made before the password rules still logs in (locking agents out mid-shift
        // helps nobody), but the operator is told to give it a new password with agent add.
        if (PasswordPolicy.Problem(body.Password) is { } problem)
        {
            loggers.CreateLogger(typeof(AgentApi)).LogWarning("Agent {Agent} logged in with a password the rules now refuse ({Problem}); set a new one with agent add", agent.Username, problem);
        }

        var (token, expiresAt) = tokens.Issue(agent);
        return TypedResults.Ok(new LoginResponse(token, expiresAt, agent.Username, agent.DisplayName, agent.Role));
    }

    private static async Task<Results<Ok<AgentProfile>, UnauthorizedError>> MeAsync(ClaimsPrincipal user, IAgentStore agents, CancellationToken cancellationToken) =>
        await HandoffAccess.CurrentAsync(user, agents, cancellationToken) is { } agent
            ? TypedResults.Ok(new AgentProfile(agent.Username, agent.DisplayName, agent.Role, agent.Presence))
            : HandoffAccess.Gone();

    // The body keeps the raw string: an unknown value is answered with the names it may take, in
    // the error shape, where a typed property would fail in the JSON binder first.
    private static async Task<Results<NoContent, BadRequest<ErrorResponse>>> PresenceAsync(PresenceRequest? body, ClaimsPrincipal user, IAgentStore agents, TimeProvider time, CancellationToken cancellationToken)
    {
        // Offline is what the desk concludes from a missing heartbeat, never what an agent says.
        if (!WireEnum.TryParse<AgentPresence>(body?.Presence, out var presence) || presence == AgentPresence.Offline)
        {
            return ApiErrors.BadArgument("presence must be \"online\" or \"away\".");
        }

        await agents.SetPresenceAsync(user.Identity!.Name!, presence, time.GetUtcNow(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<AgentSummary>>> AgentsAsync(IAgentStore agents, IHandoffStore handoffs, AgentAvailability availability, TimeProvider time, CancellationToken cancellationToken)
    {
        var load = await handoffs.ActiveCountsAsync(cancellationToken);
        var now = time.GetUtcNow();
        IReadOnlyList<AgentSummary> list = [.. (await agents.ListAsync(cancellationToken)).Select(a =>
            new AgentSummary(a.Username, a.DisplayName, a.Role, PresenceNow(availability, a, now), load.GetValueOrDefault(a.Username)))];
        return TypedResults.Ok(list);
    }

    private static async Task<Ok<DeskStats>> StatsAsync(IHandoffStore handoffs, IAgentStore agents, AgentAvailability availability, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var waiting = await handoffs.ListAsync(HandoffStatus.Waiting, cancellationToken);
        var waits = waiting.Select(h => (now - h.WaitingSince).TotalSeconds).ToList();
        var load = await handoffs.ActiveCountsAsync(cancellationToken);
        return TypedResults.Ok(new DeskStats(
            waiting.Count,
            waits.Count > 0 ? Math.Round(waits.Max()) : 0,
            waits.Count > 0 ? Math.Round(waits.Average()) : 0,
            [.. (await agents.ListAsync(cancellationToken)).Select(a => new AgentLoad(a.Username, a.DisplayName, PresenceNow(availability, a, now), load.GetValueOrDefault(a.Username)))]));
    }

    // Online needs a recent heartbeat; an agent who said away stays away, anyone else is offline.
    private static AgentPresence PresenceNow(AgentAvailability availability, AgentAccount agent, DateTimeOffset now) =>
        availability.IsOnline(agent, now) ? AgentPresence.Online : agent.Presence == AgentPresence.Away ? AgentPresence.Away : AgentPresence.Offline;
}
