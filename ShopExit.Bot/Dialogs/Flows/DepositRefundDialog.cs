using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using static ShopExit.Bot.Dialogs.Flows.WalkthroughQuestions;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The deposit-refund walkthrough (保证金退款), from the source article: the preconditions (a
/// banned account goes to a human; open disputes or violations first), the path
/// 保证金管理 → 退还, the 3–7 working days and where to see progress, and what to do when it
/// arrived, is still in review, was rejected or has the wrong amount.
/// </summary>
public sealed class DepositRefundDialog() : WalkthroughDialog(DialogIds.DepositRefund, TextKeys.DepositName)
{
    private const string Banned = "banned";
    private const string Disputes = "disputes";
    private const string Submitted = "submitted";
    private const string Status = "status";

    private static readonly string[] StatusKeys = [DepositTexts.StatusArrived, DepositTexts.StatusReviewing, DepositTexts.StatusRejected, DepositTexts.StatusWrongAmount];

    /// <inheritdoc />
    protected override IEnumerable<WaterfallStep> Steps() =>
        [AskPlatformAsync, AskBannedAsync, AskDisputesAsync, ShowStepsAsync, AskStatusAsync, FinishAsync];

    private static async Task<DialogTurnResult> AskBannedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.Result is not null)
        {
            RememberPlatform(step);
            await turn.SendTextAsync(turn.Texts.Get(DepositTexts.Intro) + "\n\n" + turn.Texts.Get(TextKeys.Hint), cancellationToken);
        }

        return await AskYesNoAsync(step, DepositTexts.BannedAsk, cancellationToken);
    }

    private async Task<DialogTurnResult> AskDisputesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (Record(step, Banned) == true)
        {
            // A banned account cannot get its deposit back the normal way: this needs a person.
            await turn.SendTextAsync(turn.Texts.Get(DepositTexts.Banned), cancellationToken);
            var snapshot = Snapshot(step.DialogContext);
            return Escalation.TryRequest(turn, EscalationReason.Topic, snapshot)
                ? await step.EndDialogAsync(null, cancellationToken)
                : await step.EndDialogAsync(new WalkthroughResult(Ticket: new TicketRequest(EscalationReason.Topic, snapshot)), cancellationToken);
        }

        return await AskYesNoAsync(step, DepositTexts.DisputesAsk, cancellationToken);
    }

    private static async Task<DialogTurnResult> ShowStepsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Record(step, Disputes) == true)
        {
            await step.Context.SendTextAsync(step.Context.Texts.Get(DepositTexts.DisputesTodo), cancellationToken);
        }

        return await AskDoneAsync(step, DepositTexts.Steps, cancellationToken, DepositTexts.SubmittedButton);
    }

    private static async Task<DialogTurnResult> AskStatusAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (Record(step, Submitted) == false)
        {
            await turn.SendTextAsync(turn.Texts.Get(DepositTexts.NotSubmitted), cancellationToken);
            await SendSummaryAsync(step, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var choices = StatusKeys.Select(key => new Choice(key, turn.Texts.AllVariants(key), turn.Texts.Get(key))).ToList();
        return await step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Name = DepositTexts.Timing,
            Prompt = Message(turn.Texts.Get(DepositTexts.Timing)),
            Hints = PromptHints.For(turn, choices.ConvertAll(c => c.Display), canPause: true),
            Choices = choices,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.Result is FoundChoice status)
        {
            step.Values[Status] = status.Value;
            var advice = status.Value switch
            {
                DepositTexts.StatusArrived => DepositTexts.Arrived,
                DepositTexts.StatusRejected => DepositTexts.Rejected,
                DepositTexts.StatusWrongAmount => DepositTexts.WrongAmount,
                _ => DepositTexts.Reviewing,
            };
            await turn.SendTextAsync(turn.Texts.Get(advice), cancellationToken);
        }

        await SendSummaryAsync(step, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static async Task SendSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var arrived = step.Values[Status]?.GetValue<string>() == DepositTexts.StatusArrived;
        await turn.SendTextAsync(Summary(turn, DepositTexts.Summary,
        [
            (DepositTexts.ItemDisputes, step.Values[Disputes]?.GetValue<bool>() == false),
            (DepositTexts.ItemSubmitted, IsDone(step, Submitted)),
            (DepositTexts.ItemArrived, arrived),
        ]), cancellationToken);
        await turn.SendTextAsync(turn.Texts.Get(DepositTexts.End), cancellationToken);
    }
}
