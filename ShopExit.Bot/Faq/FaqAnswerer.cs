using ShopExit.Bot.Analysis;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Faq;

/// <summary>
/// Matches a merchant's message and records every fallback and clarify decision for editors,
/// except content-free replies (好的, 没有, ok): there is no question in them to add anywhere.
/// Recording never fails the merchant's turn: a store problem is logged and the answer goes out.
/// </summary>
public sealed class FaqAnswerer(IUnansweredQuestionLog log, TimeProvider time, ILogger<FaqAnswerer> logger)
{
    /// <summary>Matches <paramref name="text"/> on the given knowledge base version.</summary>
    public async Task<MatchResult> MatchAsync(KnowledgeBase knowledge, string? text, string conversationId, CancellationToken cancellationToken)
    {
        var result = knowledge.Match(text);
        if (result.Decision != MatchDecision.Answer && result.Rule is not (MatchRule.ContentFree or MatchRule.Empty) && !string.IsNullOrWhiteSpace(text))
        {
            var question = text.Length > TextNormalizer.MaxInputLength ? text[..TextNormalizer.MaxInputLength] : text;

            // Editors read this log: phone numbers, IDs, cards and emails are masked before it is written.
            if (PiiDetector.Find(question) is { Count: > 0 } pii)
            {
                question = PiiMasker.Mask(question, pii);
            }

            try
            {
                await log.RecordAsync(
                    new UnansweredQuestion(conversationId, question.Trim(), result.Label,
                        result.Candidates.Select(c => new ScoredCandidate(c.Entry.Id, c.Score)).ToList(), time.GetUtcNow()),
                    cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not record an unanswered question of conversation {ConversationId}", conversationId);
            }
        }

        return result;
    }
}
