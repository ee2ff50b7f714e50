using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    /// <inheritdoc />
    public override PromptRecognizerResult<FoundChoice> Recognize(TurnContext context, PromptOptions options) =>
        ChoiceRecognizer.Recognize(context.Activity.Text, options.Choices ?? []) is { } found ? new(true, found) : new(false);

    /// <inheritdoc />
    protected override Activity Decorate(Activity prompt, PromptOptions options, TurnContext context)
    {
        prompt.SuggestedActions ??= new SuggestedActions { Actions = (options.Choices ?? []).Select(c => CardAction.Button(c.Display)).ToList() };
        return base.Decorate(prompt, options, context);
    }
}
