using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Faq;

/// <summary>
/// Pins the content version for the whole turn: a reload while the turn runs takes effect on the
/// next one, so no turn mixes texts of two versions.
/// </summary>
public sealed class KnowledgeMiddleware(FaqKnowledge knowledge) : IMiddleware
{
    /// <inheritdoc />
    public Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        turn.UseKnowledge(knowledge.Current);
        return next(cancellationToken);
    }
}
