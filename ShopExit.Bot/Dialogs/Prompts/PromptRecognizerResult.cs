



namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>What a prompt understood of a reply.</summary>
/// <param name="Succeeded">Whether the reply was understood.</param>
/// <param name="Value">The value, when understood.</param>
/// <param name="Reading">How the prompt came to it.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, PromptReading Reading = PromptReading.None)
{
    /// <summary>Nothing understood.</summary>
    public static PromptRecognizerResult<T> NotUnderstood { get; } = new(false);
}
