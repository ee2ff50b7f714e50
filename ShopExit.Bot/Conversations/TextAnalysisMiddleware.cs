using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Analyses the merchant's message once per turn (language, sentiment, PII) and puts the result on
/// the turn; it is stored with the activity when the turn commits, so the dialogs, the handoff
/// desk and every agent view use this one analysis.
/// </summary>
public sealed class TextAnalysisMiddleware(ITextAnalyzer analyzer) : IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turn.Activity is { Type: ActivityTypes.Message, Text: { } text } && !string.IsNullOrWhiteSpace(text) && turn.Activity.From?.Role == RoleTypes.User)
        {
            turn.Analysis = await analyzer.AnalyzeAsync(text, cancellationToken);
        }

        await next(cancellationToken);
    }
}
