using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Faq;

/// <summary>
/// A message the bot could not answer outright (a fallback or a clarify decision), logged for
/// editors as an effect of the turn, so it is written once, with the turn.
/// </summary>
/// <param name="ConversationId">The conversation it came from.</param>
/// <param name="Question">What the merchant wrote (cut to the matcher's input limit).</param>
/// <param name="Decision"><c>fallback</c> or <c>clarify</c>.</param>
/// <param name="Candidates">The ranked candidates with scores.</param>
/// <param name="AskedAt">When it was asked (UTC).</param>
public sealed record UnansweredQuestion(
    string ConversationId,
    string Question,
    string Decision,
    IReadOnlyList<ScoredCandidate> Candidates,
    DateTimeOffset AskedAt) : ITurnEffect;
