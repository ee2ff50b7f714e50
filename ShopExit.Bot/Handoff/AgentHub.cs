using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Real-time push to agent consoles (<c>/hubs/agent</c>): new and updated handoffs, merchant
/// messages and typing. Every agent joins the <c>agents</c> group and a group of their own.
/// </summary>
[Authorize(AuthenticationSchemes = AgentAuthenticationHandler.SchemeName)]
public sealed class AgentHub(AgentConnections connections) : Hub
{
    /// <summary>The group every agent is in.</summary>
    public const string AllAgents = "agents";

    /// <summary>The group of one agent.</summary>
    public static string AgentGroup(string username) => "agent:" + username;

    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, AllAgents);
        if (Context.User?.Identity?.Name is { } name)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroup(name));
        }

        connections.Add(Context);
        await base.OnConnectedAsync();
    }

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
