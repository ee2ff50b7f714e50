using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>Everything the bot learned, handed to the agent (the <c>handoff.initiate</c> value).</summary>
/// <param name="Reason">Why the bot escalated (requested, repeatedFallback, topic, sentiment).</param>
/// <param name="Platform">The merchant's platform, if known.</param>
/// <param name="Walkthrough">The walkthrough and step reached, with the answers collected.</param>
/// <param name="FaqShown">The FAQ entries shown, with their scores.</param>
/// <param name="Sentiment">The merchant's sentiment at the handoff.</param>
/// <param name="Contact">For a ticket: how to reach the merchant.</param>
/// <param name="Description">For a ticket: what the merchant needs.</param>
/// <param name="TicketNumber">For a ticket: the number the merchant was given.</param>
/// <param name="Additions">For a ticket: what the merchant wrote after leaving it, oldest first (masked, each cut short; the transcript has it all).</param>
public sealed record HandoffContext(
    string Reason,
    string? Platform,
    WalkthroughSnapshot? Walkthrough,
    IReadOnlyList<ShownAnswer> FaqShown,
    SentimentSummary? Sentiment,
    string? Contact = null,
    string? Description = null,
    string? TicketNumber = null,
    IReadOnlyList<string>? Additions = null)
{
    /// <summary>At most this many additions are kept on a ticket.</summary>
    public const int MaxAdditions = 20;

    /// <summary>An addition is cut to this many characters.</summary>
    public const int MaxAdditionLength = 500;

    /// <summary>The context with one more addition (and the new contact, if any); the oldest go first past the limit.</summary>
    public HandoffContext Add(string text, string? contact)
    {
        var addition = text.Length > MaxAdditionLength ? text[..MaxAdditionLength] + "…" : text;
        var additions = (Additions ?? []).Append(addition).TakeLast(MaxAdditions).ToList();
        return this with { Additions = additions, Contact = contact ?? Contact };
    }
}
