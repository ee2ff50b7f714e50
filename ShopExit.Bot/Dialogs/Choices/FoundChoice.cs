



namespace ShopExit.Bot.Dialogs.Choices;

/// <summary>The choice the user picked.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">Its position in the list.</param>
/// <param name="Score">How sure the recognizer is (1 for an exact match).</param>
public sealed record FoundChoice(string Value, int Index, double Score);
