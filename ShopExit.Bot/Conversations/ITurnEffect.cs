namespace ShopExit.Bot.Conversations;

/// <summary>
/// Something a turn changes besides its replies and state (a handoff queued, a question logged,
/// a rating). Effects are written in the same transaction as the turn, by the store's writer for
/// their type, so a turn is either committed with all its effects or not at all.
/// </summary>
public interface ITurnEffect;
