namespace ShopExit.Knowledge.Matching;

/// <summary>What the bot should do with a message.</summary>
public enum MatchDecision
{
    /// <summary>One entry is clearly best: answer it (or start its flow, or escalate).</summary>
    Answer,

    /// <summary>Two or three entries are close: ask 您是想问…? with buttons.</summary>
    Clarify,

    /// <summary>Nothing relevant: say so honestly.</summary>
    Fallback,
}
