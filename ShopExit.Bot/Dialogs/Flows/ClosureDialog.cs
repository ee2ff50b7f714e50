using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using static ShopExit.Bot.Dialogs.Flows.WalkthroughQuestions;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The closure walkthrough (网店注销), from the source article: the platform; three preparations
/// each confirmed (orders and disputes, funds withdrawn, data backed up), with what to do for
/// any that is not done; the closure steps; the precautions; a summary of what is done and what
/// remains; and an offer to continue with the deposit refund.
/// </summary>
public sealed class ClosureDialog() : WalkthroughDialog(DialogIds.Closure, TextKeys.ClosureName)
{
    private const string Orders = "orders";
    private const string Balance = "balance";
    private const string Backup = "backup";
    private const string Submitted = "submitted";

    /// <inheritdoc />
    protected override IEnumerable<WaterfallStep> Steps() =>
        [AskPlatformAsync, AskOrdersAsync, AskBalanceAsync, AskBackupAsync, ShowStepsAsync, SummariseAsync, FinishAsync];

    private static async Task<DialogTurnResult> AskOrdersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (step.Result is not null)
        {
            RememberPlatform(step);
            await turn.SendTextAsync(turn.Texts.Get(ClosureTexts.Intro) + "\n\n" + turn.Texts.Get(TextKeys.Hint), cancellationToken);
        }

        return await AskDoneAsync(step, ClosureTexts.Orders, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskBalanceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Record(step, Orders) == false)
        {
            await step.Context.SendTextAsync(step.Context.Texts.Get(ClosureTexts.OrdersTodo), cancellationToken);
        }

        return await AskDoneAsync(step, ClosureTexts.Balance, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskBackupAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Record(step, Balance) == false)
        {
            await step.Context.SendTextAsync(step.Context.Texts.Get(ClosureTexts.BalanceTodo), cancellationToken);
        }

        return await AskDoneAsync(step, ClosureTexts.Backup, cancellationToken);
    }

    private static async Task<DialogTurnResult> ShowStepsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Record(step, Backup) == false)
        {
            await step.Context.SendTextAsync(step.Context.Texts.Get(ClosureTexts.BackupTodo), cancellationToken);
        }

        return await AskDoneAsync(step, ClosureTexts.Steps, cancellationToken, ClosureTexts.SubmittedButton);
    }

    private static async Task<DialogTurnResult> SummariseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var submitted = Record(step, Submitted);
        if (submitted is not null)
        {
            await turn.SendTextAsync(turn.Texts.Get(submitted.Value ? ClosureTexts.Precautions : ClosureTexts.NotSubmitted), cancellationToken);
        }

        await turn.SendTextAsync(Summary(turn, ClosureTexts.Summary,
        [
            (ClosureTexts.ItemOrders, IsDone(step, Orders)),
            (ClosureTexts.ItemBalance, IsDone(step, Balance)),
            (ClosureTexts.ItemBackup, IsDone(step, Backup)),
            (ClosureTexts.ItemSubmitted, IsDone(step, Submitted)),
            (ClosureTexts.ItemConfirm, false),
        ]), cancellationToken);
        return await AskYesNoAsync(step, ClosureTexts.OfferDeposit, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await step.EndDialogAsync(new WalkthroughResult(NextFlow: DialogIds.DepositRefund), cancellationToken);
        }

        await step.Context.SendTextAsync(step.Context.Texts.Get(ClosureTexts.End), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
