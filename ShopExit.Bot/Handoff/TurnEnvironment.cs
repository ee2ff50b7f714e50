



namespace ShopExit.Bot.Handoff;

/// <summary>What the rest of the system tells a turn before it runs.</summary>
/// <param name="AgentsAvailable">Whether a human can take the conversation now (hours and presence).</param>
/// <param name="Sentiment">How the merchant's message sounds, if analysed.</param>
/// <param name="Urgent">Whether the message sounds urgent.</param>
public sealed record TurnEnvironment(bool AgentsAvailable, SentimentSummary? Sentiment, bool Urgent)
{
    /// <summary>No agents, no analysis (dialog tests, the welcome).</summary>
    public static readonly TurnEnvironment None = new(false, null, false);
}
