namespace ShopExit.Bot.Conversations;

/// <summary>
/// A step every turn passes through (Bot Builder's <c>IMiddleware</c>): it may do work before and
/// after the rest of the turn, or end the turn by not calling the next step.
/// </summary>
public interface IMiddleware
{
    /// <summary>Handles the turn; call <paramref name="next"/> to run the rest of the pipeline.</summary>
    Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken);
}
