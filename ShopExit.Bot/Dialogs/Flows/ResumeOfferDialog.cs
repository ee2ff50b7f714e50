using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The merchant starts a walkthrough they paused earlier: continue where they left off, or start over?
/// Begun with the flow id as options.
/// </summary>
public sealed class ResumeOfferDialog : ComponentDialog
{
    /// <summary>Creates the dialog.</summary>
    public ResumeOfferDialog()
        : base(DialogIds.ResumeOffer)
    {
        AddDialog(new WaterfallDialog(DialogIds.Steps, [AskAsync, DecideAsync]));
        AddDialog(new ConfirmPrompt(DialogIds.Confirm));
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var texts = step.Context.Texts;
        var id = step.GetOptions<string>() ?? string.Empty;
        var name = step.Context.Knowledge.FindFlow(id) is { } flow ? texts.Say(flow.Name) : id;
        var question = texts.Get(TextKeys.ResumeOffer, ("flow", name));
        List<Choice> choices =
        [
            new("resume", texts.AllVariants(TextKeys.ResumeButton), texts.Get(TextKeys.ResumeButton)),
            new("restart", texts.AllVariants(TextKeys.RestartButton), texts.Get(TextKeys.RestartButton)),
        ];
        return step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Name = TextKeys.ResumeOffer,
            Prompt = new() { Text = question },
            Hints = PromptHints.For(step.Context, choices.ConvertAll(c => c.Display), canPause: false),
            Choices = choices,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return step.EndDialogAsync(new WalkthroughResult(ResumePaused: true), cancellationToken);
        }

        step.Context.Data.PausedWalkthrough = null;
        return step.EndDialogAsync(new WalkthroughResult(NextFlow: step.GetOptions<string>()), cancellationToken);
    }
}
