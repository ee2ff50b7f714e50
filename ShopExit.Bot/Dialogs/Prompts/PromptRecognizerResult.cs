namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>What a prompt understood of a reply.</summary>
/// <param name="Succeeded">Whether the reply was understood.</param>
/// <param name="Value">The value, when understood.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
