using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Conversations and their transcripts. The transcript is append-only with a per-conversation
/// sequence number (the Direct Line watermark). SQLite by default; PostgreSQL for scale-out.
/// </summary>
public interface IConversationStore
{
    /// <summary>Creates a conversation; false if the id exists.</summary>
    Task<bool> CreateAsync(string conversationId, string userId, ConversationData data, CancellationToken cancellationToken);

    /// <summary>The conversation, or null.</summary>
    Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>How far the bot has read and where the merchant's last activity is (no state is loaded).</summary>
    Task<(long Processed, long LastUser)?> GetProgressAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversation's user id, or null when it does not exist (a cheap existence check).</summary>
    Task<string?> GetUserIdAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Whether the merchant ended the conversation (see <see cref="AppendAsync"/>); false when it does not exist.</summary>
    Task<bool> IsEndedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The sequence number (watermark) of the conversation's last activity, or null when it does not exist.</summary>
    Task<long?> GetLastSequenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Activities after <paramref name="afterSequence"/> as their stored JSON, oldest first: the
    /// stream sends them on without parsing and writing them again.
    /// </summary>
    Task<IReadOnlyList<(long Sequence, string Json)>> GetActivityJsonAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> activities, oldest first (a long conversation's recent part).</summary>
    Task<IReadOnlyList<StoredActivity>> GetLatestActivitiesAsync(string conversationId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Appends activities (ids and sequence numbers assigned here) and returns them as stored. A
    /// merchant's <c>endOfConversation</c> ends the conversation in the same transaction; once it
    /// has ended, a merchant's activity throws <see cref="ConversationEndedException"/> (the bot's,
    /// an agent's and the desk's still go in, so a turn in flight commits).
    /// </summary>
    Task<IReadOnlyList<StoredActivity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Activities after <paramref name="afterSequence"/>, oldest first, at most <paramref name="limit"/>, with their stored analysis.</summary>
    Task<IReadOnlyList<StoredActivity>> GetActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Commits a turn atomically: the new data, the bot's replies, how far the bot has read, the
    /// turn's effects and the analysis of what it answered. Throws <see cref="ConcurrencyException"/>
    /// when the conversation changed since <see cref="TurnCommit.ExpectedVersion"/>; nothing is written then.
    /// Returns the stored replies and the conversation as the commit left it.
    /// </summary>
    Task<CommittedTurn> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>Conversations with user messages the bot has not answered yet (after a crash).</summary>
    Task<IReadOnlyList<string>> GetConversationsWithPendingTurnsAsync(CancellationToken cancellationToken);
}
