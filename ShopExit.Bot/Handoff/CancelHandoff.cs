using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>The merchant went back to the bot while waiting: the waiting handoff is cancelled with the turn.</summary>
public sealed record CancelHandoff : ITurnEffect;
