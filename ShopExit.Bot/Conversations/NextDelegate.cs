namespace ShopExit.Bot.Conversations;

/// <summary>Runs the rest of the turn pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
