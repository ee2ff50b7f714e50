using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Faq;

/// <summary>
/// Matches a merchant's message on the turn's content version and logs every fallback and
/// clarify decision for editors, except content-free replies (好的, 没有, ok): there is no
/// question in them to add anywhere. The log entry is an effect of the turn, written with it.
/// </summary>
public static class FaqAnswerer
{
    /// <summary>Matches <paramref name="text"/> and adds the unanswered-question effect when the bot cannot answer it outright.</summary>
    public static MatchResult Match(TurnContext turn, string? text)
    {
        var result = turn.Knowledge.Match(text);
        if (result.Decision != MatchDecision.Answer && result.Rule is not (MatchRule.ContentFree or MatchRule.Empty) && !string.IsNullOrWhiteSpace(text))
        {
            turn.Effects.Add(Unanswered(turn, text, result));
        }

        return result;
    }

    private static UnansweredQuestion Unanswered(TurnContext turn, string text, MatchResult result)
    {
        var question = text.Length > TextNormalizer.MaxInputLength ? text[..TextNormalizer.MaxInputLength] : text;

        // Editors read this log: phone numbers, IDs, cards and emails are masked before it is written.
        if (PiiDetector.Find(question) is { Count: > 0 } pii)
        {
            question = PiiMasker.Mask(question, pii);
        }

        return new UnansweredQuestion(turn.ConversationId, question.Trim(), result.Label,
            result.Candidates.Select(c => new ScoredCandidate(c.Entry.Id, c.Score)).ToList(), turn.Time.GetUtcNow());
    }
}
