namespace ShopExit.Bot.Conversations;

/// <summary>What answers a turn once every middleware has let it through (the dialogs).</summary>
public interface IBot
{
    /// <summary>Runs the turn; replies and effects collect in <paramref name="turn"/>.</summary>
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
