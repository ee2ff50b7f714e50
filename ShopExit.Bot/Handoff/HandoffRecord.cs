


namespace ShopExit.Bot.Handoff;

/// <summary>A handoff as the agent API shows it.</summary>
public sealed record HandoffRecord
{
    /// <summary>The handoff id.</summary>
    public required string Id { get; init; }

    /// <summary>The merchant's conversation.</summary>
    public required string ConversationId { get; init; }

    /// <summary>Live chat or a ticket.</summary>
    public required HandoffKind Kind { get; init; }

    /// <summary>Why the bot escalated.</summary>
    public required string Reason { get; init; }

    /// <summary>Where it is: waiting, active, resolved or cancelled.</summary>
    public required HandoffStatus Status { get; init; }

    /// <summary>When the merchant started waiting (UTC).</summary>
    public required DateTimeOffset WaitingSince { get; init; }

    /// <summary>The agent who owns it.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>The owning agent's display name.</summary>
    public string? AssignedToName { get; init; }

    /// <summary>The merchant's platform.</summary>
    public string? Platform => Context.Platform;

    /// <summary>The merchant's sentiment.</summary>
    public SentimentSummary? Sentiment => Context.Sentiment;

    /// <summary>What the bot learned.</summary>
    public required HandoffContext Context { get; init; }

    /// <summary>The merchant's 1–5 rating after it was resolved.</summary>
    public int? Rating { get; init; }

    /// <summary>What the merchant wrote with the rating, if anything.</summary>
    public string? RatingComment { get; init; }

    /// <summary>The merchant's latest message that says something, masked and cut short: the queue card's preview (waiting handoffs only).</summary>
    public Contracts.AgentActivity? LastMessage { get; init; }
}
