using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShopExit.Bot.Handoff.Contracts;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff.Api;

/// <summary>The queue and a handoff's life: list, claim, transfer, resolve.</summary>
internal static class HandoffEndpoints
{
    /// <summary>Maps the endpoints on the authenticated group.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/handoffs", ListAsync);
        api.MapPost("/handoffs/{id}/claim", ClaimAsync);
        api.MapPost("/handoffs/{id}/transfer", TransferAsync);
        api.MapPost("/handoffs/{id}/resolve", ResolveAsync);
    }

    // ?status= is read as text and parsed here: an unknown value is a 400 that names the values,
    // where a typed parameter would be refused by the binder with its own message.
    private static async Task<Results<Ok<IReadOnlyList<HandoffRecord>>, BadRequest<ErrorResponse>>> ListAsync([WireValues("waiting", "active", "resolved")] string? status, ClaimsPrincipal user, IHandoffStore handoffs, HandoffPreviews previews, CancellationToken cancellationToken)
    {
        // Cancelled handoffs are nobody's work: they are not listed.
        var wanted = HandoffStatus.Waiting;
        if ((status is not null && !WireEnum.TryParse(status, out wanted)) || wanted == HandoffStatus.Cancelled)
        {
            return ApiErrors.BadArgument("status must be waiting, active or resolved.");
        }

        var list = await handoffs.ListAsync(wanted, cancellationToken);
        // Agents see the whole queue (with what each merchant last said) and their own
        // conversations; supervisors see everything.
        if (wanted == HandoffStatus.Waiting)
        {
            return TypedResults.Ok(await previews.WithLastMessagesAsync(list, cancellationToken));
        }

        return TypedResults.Ok(user.IsInRole(AgentRoles.Supervisor) ? list : [.. list.Where(h => h.AssignedTo == user.Identity!.Name)]);
    }

    private static async Task<Results<Ok<HandoffRecord>, NotFound<ErrorResponse>, UnauthorizedError, Conflict<ErrorResponse>>> ClaimAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is not { } handoff)
        {
            return HandoffAccess.HandoffNotFound(id);
        }

        if (await HandoffAccess.CurrentAsync(user, agents, cancellationToken) is not { } agent)
        {
            return HandoffAccess.Gone();
        }

        return await desk.ClaimAsync(handoff, agent, cancellationToken)
            ? TypedResults.Ok((await handoffs.GetAsync(id, cancellationToken))!)
            : ApiErrors.Conflict("AlreadyClaimed", "Someone else took this conversation, or it is no longer waiting.");
    }

    private static async Task<Results<Ok<HandoffRecord>, OwnedRefusal>> TransferAsync(
        string id, TransferRequest? body, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, AgentAvailability availability, TimeProvider time, CancellationToken cancellationToken)
    {
        var (handoff, agent, refusal) = await HandoffAccess.OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(body?.To) || await agents.FindAsync(body.To, cancellationToken) is not { } to)
        {
            return NoAgent(body?.To);
        }

        // The merchant is told a person took over: that person must be someone else, and at the desk.
        if (to.Username == agent!.Username)
        {
            return Refused("SameAgent", "This conversation is already yours.");
        }

        if (!availability.IsOnline(to, time.GetUtcNow()))
        {
            return Refused("AgentOffline", $"{to.DisplayName} ({to.Username}) is not online; transfer to an agent who is.");
        }

        return await desk.TransferAsync(handoff!, to, cancellationToken)
            ? TypedResults.Ok((await handoffs.GetAsync(id, cancellationToken))!)
            : Changed("The conversation changed hands meanwhile; refresh.");
    }

    private static async Task<Results<Ok<HandoffRecord>, OwnedRefusal>> ResolveAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        var (handoff, agent, refusal) = await HandoffAccess.OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await desk.ResolveAsync(handoff!, agent!, cancellationToken)
            ? TypedResults.Ok((await handoffs.GetAsync(id, cancellationToken))!)
            : Changed("The conversation changed meanwhile; refresh.");
    }

    // Within the statuses the ownership check gives (404, 409), so the signature stays one refusal.
    private static OwnedRefusal NoAgent(string? username) => ApiErrors.NotFound($"No agent '{username}'.");

    private static OwnedRefusal Changed(string message) => Refused("Changed", message);

    private static OwnedRefusal Refused(string code, string message) => ApiErrors.Conflict(code, message);
}
