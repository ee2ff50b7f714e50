using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question, with 是/否 (or Yes/No) buttons unless the prompt brings its own two
/// choices (已完成 / 还没有: the first means yes). The buttons carry <c>confirm:yes|no</c>.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    /// <inheritdoc />
    public override PromptRecognizerResult<bool> Recognize(TurnContext context, PromptOptions options)
    {
        switch (ButtonValues.Of(context.Activity))
        {
            case ButtonValues.Yes:
                return new(true, true, PromptReading.Button);
            case ButtonValues.No:
                return new(true, false, PromptReading.Button);
        }

        // The custom buttons' titles (and their other-language titles) answer by position: first is yes.
        if (options.Choices is { Count: 2 } choices && ChoiceRecognizer.Recognize(context.Activity.Text, choices) is { Score: 1.0 } exact)
        {
            return new(true, exact.Index == 0, PromptReading.Exact);
        }

        var (value, reading) = ConfirmRecognizer.Read(context.Activity.Text);
        // A plain 是/否 question asks about a state (被封禁了吗？): 处理完了 reports something done, it is no yes to it.
        if (value == true && (options.Choices is null || options.AsksAboutAState) && ReplyLexicon.ReportsDone(context.Activity.Text))
        {
            return PromptRecognizerResult<bool>.NotUnderstood;
        }

        return value is { } answer ? new(true, answer, reading) : PromptRecognizerResult<bool>.NotUnderstood;
    }

    /// <summary>The two button titles: the custom choices, or 是/否 (Yes/No).</summary>
    public static IReadOnlyList<string> Titles(PromptOptions options, TurnContext context) =>
        options.Choices is { Count: 2 } c ? c.Select(x => x.Display).ToArray() : context.IsEnglish ? ["Yes", "No"] : ["是", "否"];

    /// <summary>Adds the prompt's buttons, before any the activity brings (a hint's 转人工).</summary>
    protected override Activity Decorate(Activity prompt, PromptOptions options, TurnContext context)
    {
        var titles = Titles(options, context);
        List<CardAction> own = [CardAction.MessageBack(titles[0], ButtonValues.Yes), CardAction.MessageBack(titles[1], ButtonValues.No)];
        prompt.SuggestedActions = new SuggestedActions { Actions = [.. own, .. prompt.SuggestedActions?.Actions ?? []] };
        return base.Decorate(prompt, options, context);
    }
}
