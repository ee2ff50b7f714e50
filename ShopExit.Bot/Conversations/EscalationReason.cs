namespace ShopExit.Bot.Conversations;

/// <summary>Why the bot hands a conversation to a human.</summary>
public enum EscalationReason
{
    /// <summary>The merchant asked for a human (转人工).</summary>
    Requested,

    /// <summary>The bot failed to understand twice in a row and the merchant accepted a human.</summary>
    RepeatedFallback,

    /// <summary>The topic always needs a person (an entry marked <c>escalate: true</c>, a banned account).</summary>
    Topic,

    /// <summary>The merchant is upset or in a hurry.</summary>
    Sentiment,

    /// <summary>A walkthrough's branch needs a person (a banned account); the snapshot names the branch.</summary>
    Walkthrough,
}
