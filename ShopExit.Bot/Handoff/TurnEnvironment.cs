



namespace ShopExit.Bot.Handoff;

/// <summary>What the rest of the system tells a turn before it runs.</summary>
/// <param name="AgentsAvailable">Whether a human can take the conversation now (hours and presence).</param>
/// <param name="Sentiment">How the merchant's message sounds, if analysed.</param>
/// <param name="Urgent">Whether the message sounds urgent.</param>
public sealed record TurnEnvironment(bool AgentsAvailable, SentimentSummary? Sentiment, bool Urgent)
{
    /// <summary>No agents, no analysis (dialog tests, the welcome).</summary>
    public static readonly TurnEnvironment None = new(false, null, false);

    /// <summary>When agents work (<c>Handoff:BusinessHours</c>, 09:00-21:00; 00:00-00:00 is always), to tell a merchant who leaves a message.</summary>
    public string BusinessHours { get; init; } = new HandoffOptions().BusinessHours;

    /// <summary>The time zone of <see cref="BusinessHours"/> (<c>Handoff:TimeZone</c>).</summary>
    public string TimeZone { get; init; } = new HandoffOptions().TimeZone;
}
