using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>A handoff created by a turn: stored in the turn's transaction, announced to agents after it.</summary>
/// <param name="Handoff">The new handoff, waiting.</param>
/// <param name="Position">The merchant's place in the live queue as told (0 for a ticket).</param>
public sealed record HandoffOpened(HandoffRecord Handoff, int Position) : ITurnEffect;
