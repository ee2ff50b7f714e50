namespace ShopExit.Bot.Analysis;

/// <summary>The tone of a message in three steps.</summary>
public enum SentimentLabel
{
    /// <summary>Angry, disappointed, complaining.</summary>
    Negative,

    /// <summary>A plain question or statement.</summary>
    Neutral,

    /// <summary>Thankful, satisfied.</summary>
    Positive,
}
