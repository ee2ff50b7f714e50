namespace ShopExit.Bot.Conversations;

/// <summary>What a committed turn left behind.</summary>
/// <param name="Replies">The bot's replies as stored (with their sequence numbers and JSON).</param>
/// <param name="Conversation">
/// The conversation right after the commit: its new version and how far the bot has read, so the
/// next turn needs no read, and whether a message arrived during the turn.
/// </param>
public sealed record CommittedTurn(IReadOnlyList<StoredActivity> Replies, ConversationRecord Conversation);
