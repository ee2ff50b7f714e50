using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// The durable handoff queue (same store as conversations, so it survives restarts). Handoffs are
/// created, cancelled and rated by turns, as effects written in the turn's transaction.
/// </summary>
public interface IHandoffStore
{
    /// <summary>One handoff, or null.</summary>
    Task<HandoffRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Handoffs with a status, oldest waiting first.</summary>
    Task<IReadOnlyList<HandoffRecord>> ListAsync(HandoffStatus status, CancellationToken cancellationToken);

    /// <summary>The handoff that has the conversation now (a waiting or active live chat, or a ticket an agent took), or null.</summary>
    Task<HandoffRecord?> FindOpenAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversation's most recent handoff of a kind, whatever its status, or null.</summary>
    Task<HandoffRecord?> FindLatestAsync(string conversationId, HandoffKind kind, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a handoff from <paramref name="fromStatus"/> to <paramref name="toStatus"/> (and optionally
    /// to an agent) in one conditional update, and appends <paramref name="append"/> to its
    /// conversation in the same transaction: applied only for the caller that changed it, so two
    /// agents claiming at once cannot both win, and a change never commits without its events.
    /// </summary>
    Task<HandoffUpdate> TryMoveAsync(string id, HandoffStatus fromStatus, HandoffStatus toStatus, string? assignedTo, IReadOnlyList<Activity> append, CancellationToken cancellationToken);

    /// <summary>Reassigns an active handoff from one agent to another, with <paramref name="append"/> in the same transaction.</summary>
    Task<HandoffUpdate> TryTransferAsync(string id, string fromAgent, string toAgent, IReadOnlyList<Activity> append, CancellationToken cancellationToken);

    /// <summary>
    /// A waiting live handoff whose merchant left: cancelled, or turned into a waiting ticket with
    /// <paramref name="asTicket"/> as its context; in one conditional update with
    /// <paramref name="append"/>, so an agent's claim at the same moment wins or loses cleanly.
    /// </summary>
    Task<HandoffUpdate> TryAbandonAsync(string id, HandoffContext? asTicket, IReadOnlyList<Activity> append, CancellationToken cancellationToken);

    /// <summary>How many live handoffs are waiting.</summary>
    Task<int> CountWaitingLiveAsync(CancellationToken cancellationToken);

    /// <summary>How many live handoffs wait ahead of this one, plus one (its place in the queue).</summary>
    Task<int> PositionAsync(string id, CancellationToken cancellationToken);

    /// <summary>Active handoffs per agent.</summary>
    Task<IReadOnlyDictionary<string, int>> ActiveCountsAsync(CancellationToken cancellationToken);

    /// <summary>Logs that an agent saw an unmasked message.</summary>
    Task LogRevealAsync(string agent, string handoffId, string activityId, DateTimeOffset at, CancellationToken cancellationToken);
}
