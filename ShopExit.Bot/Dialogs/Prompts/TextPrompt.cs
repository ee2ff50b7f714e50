using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>Asks for any non-empty text.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    /// <inheritdoc />
    public override PromptRecognizerResult<string> Recognize(TurnContext context, PromptOptions options) =>
        string.IsNullOrWhiteSpace(context.Activity.Text) ? new(false) : new(true, context.Activity.Text.Trim());
}
