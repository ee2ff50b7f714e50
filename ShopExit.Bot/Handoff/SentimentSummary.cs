using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Handoff;

/// <summary>How the merchant feels, as the agent sees it.</summary>
/// <param name="Label">Negative, Neutral or Positive.</param>
/// <param name="Score">-1 (very negative) to 1 (very positive).</param>
public sealed record SentimentSummary(string Label, double Score)
{
    /// <summary>Whether the merchant asks for speed (麻烦快点，我急用钱): a neutral score can still be a hurry.</summary>
    public bool Urgent { get; init; }

    /// <summary>The summary of an analysed message's sentiment.</summary>
    public static SentimentSummary Of(SentimentResult sentiment) => new(sentiment.Label.ToString(), Math.Round(sentiment.Score, 2)) { Urgent = sentiment.Urgent };
}
