using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff.Api;

/// <summary>
/// Who may do what with a handoff, for every endpoint under <c>/api/agent/handoffs/{id}</c>. A
/// refusal is one typed result (an "owned" or a "visible" refusal), so each endpoint's signature
/// names the errors its check can give, and the OpenAPI document lists them.
/// </summary>
internal static class HandoffAccess
{
    /// <summary>The one message of a 403 for someone else's conversation.</summary>
    public const string NotYours = "This conversation belongs to another agent.";

    /// <summary>
    /// Only the owning agent (or a supervisor) acts on an active conversation: 404 for no handoff,
    /// 401 for an account removed since the login, 409 when it is not active, 403 when it is another's.
    /// </summary>
    public static async Task<(HandoffRecord? Handoff, AgentAccount? Agent, OwnedRefusal? Refusal)> OwnedActiveAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is not { } handoff)
        {
            return (null, null, HandoffNotFound(id));
        }

        if (await CurrentAsync(user, agents, cancellationToken) is not { } agent)
        {
            return (null, null, Gone());
        }

        if (handoff.Status != HandoffStatus.Active)
        {
            return (null, null, ApiErrors.Conflict("NotActive", $"The conversation is {WireEnum.Name(handoff.Status)}; claim it first."));
        }

        if (handoff.AssignedTo != agent.Username && agent.Role != AgentRoles.Supervisor)
        {
            return (null, null, ApiErrors.Forbidden(NotYours));
        }

        return (handoff, agent, null);
    }

    /// <summary>Anyone may look at a waiting handoff before claiming it; afterwards only its agent or a supervisor.</summary>
    public static async Task<(HandoffRecord? Handoff, VisibleRefusal? Refusal)> VisibleAsync(string id, ClaimsPrincipal user, IHandoffStore handoffs, CancellationToken cancellationToken)
    {
        if (await handoffs.GetAsync(id, cancellationToken) is not { } handoff)
        {
            return (null, HandoffNotFound(id));
        }

        return handoff.Status == HandoffStatus.Waiting || handoff.AssignedTo == user.Identity!.Name || user.IsInRole(AgentRoles.Supervisor)
            ? (handoff, null)
            : (null, ApiErrors.Forbidden(NotYours));
    }

    /// <summary>The logged-in agent's account as it is now (a removed account is null).</summary>
    public static Task<AgentAccount?> CurrentAsync(ClaimsPrincipal user, IAgentStore agents, CancellationToken cancellationToken) =>
        agents.FindAsync(user.Identity!.Name!, cancellationToken);

    /// <summary>404: no such handoff.</summary>
    public static NotFound<ErrorResponse> HandoffNotFound(string id) => ApiErrors.NotFound($"No handoff '{id}'.");

    /// <summary>401: the token is valid but its account was removed.</summary>
    public static UnauthorizedError Gone() => ApiErrors.Unauthorized("Unauthorized", "This account no longer exists.");
}
