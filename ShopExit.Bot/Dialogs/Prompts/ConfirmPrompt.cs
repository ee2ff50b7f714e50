using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>Asks a yes/no question, with 是/否 (or Yes/No) buttons unless the prompt brings its own.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    /// <inheritdoc />
    public override PromptRecognizerResult<bool> Recognize(TurnContext context, PromptOptions options)
    {
        // Buttons with custom titles ("已完成" / "还没有") answer by position: first is yes.
        if (options.Choices is { Count: 2 } choices && ChoiceRecognizer.Recognize(context.Activity.Text, choices) is { Score: 1.0 } exact)
        {
            return new(true, exact.Index == 0);
        }

        return ConfirmRecognizer.Recognize(context.Activity.Text) is { } value ? new(true, value) : new(false);
    }

    /// <inheritdoc />
    protected override Activity Decorate(Activity prompt, PromptOptions options, TurnContext context)
    {
        var english = context.IsEnglish;
        var titles = options.Choices is { Count: 2 } c ? c.Select(x => x.Display).ToArray() : english ? ["Yes", "No"] : ["是", "否"];
        prompt.SuggestedActions ??= new SuggestedActions { Actions = titles.Select(t => CardAction.Button(t)).ToList() };
        return base.Decorate(prompt, options, context);
    }
}
