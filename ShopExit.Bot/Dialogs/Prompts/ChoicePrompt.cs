using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons carrying <c>choice:&lt;value&gt;</c>.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    /// <inheritdoc />
    public override PromptRecognizerResult<FoundChoice> Recognize(TurnContext context, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        if (ButtonValues.ChoiceOf(ButtonValues.Of(context.Activity)) is { } clicked
            && choices.FindIndex(c => string.Equals(c.Value, clicked, StringComparison.Ordinal)) is >= 0 and var index)
        {
            return new(true, new FoundChoice(clicked, index, 1.0), PromptReading.Button);
        }

        return ChoiceRecognizer.Recognize(context.Activity.Text, choices) is { } found
            ? new(true, found, found.Score >= 1.0 ? PromptReading.Exact : PromptReading.Contained)
            : PromptRecognizerResult<FoundChoice>.NotUnderstood;
    }

    /// <summary>Adds the prompt's buttons, before any the activity brings (a hint's 转人工).</summary>
    protected override Activity Decorate(Activity prompt, PromptOptions options, TurnContext context)
    {
        List<CardAction> own = [.. (options.Choices ?? []).Select(c => CardAction.MessageBack(c.Display, ButtonValues.Choice(c.Value)))];
        prompt.SuggestedActions = new SuggestedActions { Actions = [.. own, .. prompt.SuggestedActions?.Actions ?? []] };
        return base.Decorate(prompt, options, context);
    }
}
