namespace ShopExit.Bot.Conversations;

/// <summary>
/// The middleware in the order they run, then the bot. Built once from the registration in
/// Program.cs, so the order is written down in one place.
/// </summary>
public sealed class TurnPipeline(IReadOnlyList<IMiddleware> middleware, IBot bot)
{
    /// <summary>The middleware, first to run first.</summary>
    public IReadOnlyList<IMiddleware> Middleware => middleware;

    /// <summary>Runs one turn through every middleware and the bot.</summary>
    public Task RunAsync(TurnContext turn, CancellationToken cancellationToken) => RunFromAsync(0, turn, cancellationToken);

    private Task RunFromAsync(int index, TurnContext turn, CancellationToken cancellationToken) =>
        index < middleware.Count
            ? middleware[index].OnTurnAsync(turn, next => RunFromAsync(index + 1, turn, next), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);
}
