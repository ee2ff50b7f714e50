


namespace ShopExit.Bot.Handoff;

/// <summary>Agent accounts and their presence.</summary>
public interface IAgentStore
{
    /// <summary>Creates or replaces an account (the password is already hashed).</summary>
    Task UpsertAsync(string username, string displayName, string role, string passwordHash, CancellationToken cancellationToken);

    /// <summary>An account, or null.</summary>
    Task<AgentAccount?> FindAsync(string username, CancellationToken cancellationToken);

    /// <summary>Every account.</summary>
    Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Sets an agent's presence and heartbeat.</summary>
    Task SetPresenceAsync(string username, AgentPresence presence, DateTimeOffset at, CancellationToken cancellationToken);
}
