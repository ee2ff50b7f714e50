namespace ShopExit.Bot.Conversations;

/// <summary>A conversation as stored: its data, the version for optimistic concurrency, and how far the bot has read.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="UserId">The merchant's user id.</param>
/// <param name="Data">The bot's state.</param>
/// <param name="Version">Changes on every commit; a commit with a stale version is refused.</param>
/// <param name="ProcessedSequence">How far the bot has read: every activity up to it has had its turn (or needs none).</param>
/// <param name="LastSequence">The last activity in the transcript (the newest watermark).</param>
/// <param name="LastUserSequence">The merchant's last activity; the bot owes a turn while it is past <paramref name="ProcessedSequence"/>.</param>
public sealed record ConversationRecord(string Id, string UserId, ConversationData Data, long Version, long ProcessedSequence, long LastSequence, long LastUserSequence);
