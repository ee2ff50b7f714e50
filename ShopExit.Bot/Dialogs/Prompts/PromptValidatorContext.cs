using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>What a prompt validator sees.</summary>
/// <param name="Context">The turn; a validator may reply itself, and then no retry prompt is sent.</param>
/// <param name="Recognized">What the prompt understood.</param>
/// <param name="Options">The prompt's options.</param>
/// <param name="AttemptCount">How many replies this prompt has had, this one included.</param>
public sealed record PromptValidatorContext<T>(TurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
