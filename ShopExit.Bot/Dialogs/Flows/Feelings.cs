using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>How the merchant sounds in this turn, as the text analysis before the turn found it.</summary>
public static class Feelings
{
    // A sentiment score at or below this counts as upset enough to offer a human.
    private const double StronglyNegative = -0.6;

    /// <summary>Whether the merchant sounds angry or urgent enough to be offered a human at once.</summary>
    public static bool IsUpset(TurnContext turn) => turn.Environment is { Urgent: true } or { Sentiment.Score: <= StronglyNegative };
}
