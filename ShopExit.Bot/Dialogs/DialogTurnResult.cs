



namespace ShopExit.Bot.Dialogs;

/// <summary>The outcome of beginning or continuing a dialog.</summary>
/// <param name="Status">Waiting, complete, cancelled or empty.</param>
/// <param name="Result">The value a completed dialog returns.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
