using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>The merchant rated the agent's help, 1 to 5.</summary>
/// <param name="Rating">1..5.</param>
/// <param name="Comment">What the merchant wrote with it (服务很好), if anything.</param>
public sealed record RateHandoff(int Rating, string? Comment = null) : ITurnEffect;
