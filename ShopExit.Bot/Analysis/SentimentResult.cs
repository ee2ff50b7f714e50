namespace ShopExit.Bot.Analysis;

/// <summary>The tone of a message.</summary>
/// <param name="Label">Negative, neutral or positive.</param>
/// <param name="Score">From -1 (very negative) to +1 (very positive); 0 is neutral.</param>
/// <param name="Urgent">Whether the merchant asks for speed (急, 马上, ASAP...).</param>
public sealed record SentimentResult(SentimentLabel Label, double Score, bool Urgent)
{
    /// <summary>At or below this score a message is <see cref="SentimentLabel.Negative"/>.</summary>
    public const double NegativeThreshold = -0.35;

    /// <summary>At or above this score a message is <see cref="SentimentLabel.Positive"/>.</summary>
    public const double PositiveThreshold = 0.35;

    /// <summary>A neutral, non-urgent result (empty text, nothing to go on).</summary>
    public static SentimentResult Neutral { get; } = new(SentimentLabel.Neutral, 0, false);

    /// <summary>The label a score earns by the thresholds above.</summary>
    public static SentimentLabel LabelFor(double score) => score <= NegativeThreshold
        ? SentimentLabel.Negative
        : score >= PositiveThreshold ? SentimentLabel.Positive : SentimentLabel.Neutral;
}
