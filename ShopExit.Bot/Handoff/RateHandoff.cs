using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>The merchant rated the agent's help, 1 to 5.</summary>
/// <param name="Rating">1..5.</param>
public sealed record RateHandoff(int Rating) : ITurnEffect;
