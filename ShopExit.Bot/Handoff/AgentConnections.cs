using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// The agent consoles connected to the hub, with what their login was: the REST API checks an
/// agent against the store on every request, but a SignalR connection is authenticated once, so
/// <see cref="AgentConnectionSweeper"/> closes the ones whose agent was removed, demoted or given
/// a new password.
/// </summary>
public sealed class AgentConnections
{
    private readonly ConcurrentDictionary<string, Connection> _open = new(StringComparer.Ordinal);

    /// <summary>Whether any console is connected.</summary>
    public bool IsEmpty => _open.IsEmpty;

    /// <summary>A console connected.</summary>
    public void Add(HubCallerContext context)
    {
        var user = context.User;
        if (user?.Identity?.Name is { } name)
        {
            _open[context.ConnectionId] = new Connection(context, name, user.FindFirstValue(ClaimTypes.Role) ?? string.Empty, user.FindFirstValue(AgentAuthenticationHandler.StampClaim) ?? string.Empty);
        }
    }

    /// <summary>A console went away.</summary>
    public void Remove(string connectionId) => _open.TryRemove(connectionId, out _);

    /// <summary>Closes every connection its agent's current account no longer allows; returns how many.</summary>
    public int CloseStale(IReadOnlyList<AgentAccount> agents)
    {
        var current = agents.ToDictionary(a => a.Username, StringComparer.Ordinal);
        var closed = 0;
        foreach (var (id, connection) in _open)
        {
            if (current.TryGetValue(connection.Username, out var agent) && agent.Role == connection.Role && PasswordHasher.Stamp(agent.PasswordHash) == connection.Stamp)
            {
                continue;
            }

            if (_open.TryRemove(id, out _))
            {
                connection.Context.Abort();
                closed++;
            }
        }

        return closed;
    }

    private sealed record Connection(HubCallerContext Context, string Username, string Role, string Stamp);
}
