using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Any walkthrough written as content (<c>faq/flows/*.yaml</c>): one instance per flow id, its steps
/// read from the turn's content version, so a reloaded file applies from the next turn on. The
/// commands and interruptions are <see cref="WalkthroughDialog"/>'s; going back, starting over,
/// changing the platform and resuming a blocker are the steps' (<see cref="FlowStepsDialog"/>).
/// </summary>
public sealed class FlowDialog : WalkthroughDialog
{
    private readonly FlowStepsDialog _steps;

    /// <summary>Creates the walkthrough of <paramref name="flowId"/>.</summary>
    public FlowDialog(string flowId)
        : this(flowId, new FlowStepsDialog(flowId))
    {
    }

    private FlowDialog(string flowId, FlowStepsDialog steps)
        : base(flowId, steps) => _steps = steps;

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        EnsureDefined(dc.Context);
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        EnsureDefined(dc.Context);
        return base.ContinueDialogAsync(dc, cancellationToken);
    }

    /// <inheritdoc />
    protected override string NameOf(TurnContext turn) =>
        turn.Knowledge.FindFlow(Id) is { } flow ? turn.Texts.Say(flow.Name) : Id;

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> BackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        DropPrompts(innerDc);
        if (!await _steps.BackAsync(innerDc, cancellationToken))
        {
            await innerDc.Context.SendTextAsync(innerDc.Context.Texts.Get(TextKeys.BackAtFirst), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
        }

        return Dialog.EndOfTurn;
    }

    /// <inheritdoc />
    protected override Task<DialogTurnResult> RestartAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        DropPrompts(innerDc);
        return _steps.RestartAsync(innerDc, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<DialogTurnResult> AskAgainAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        DropPrompts(innerDc);
        return _steps.AskAgainAsync(innerDc, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult?> ChangePlatformAsync(DialogContext innerDc, Platform? platform, CancellationToken cancellationToken)
    {
        DropPrompts(innerDc);
        return platform is { } named
            ? await _steps.ConfirmPlatformAsync(innerDc, named, cancellationToken)
            : await _steps.ChangePlatformAsync(innerDc, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult?> OfferSwitchAsync(DialogContext innerDc, string otherFlowId, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Knowledge.FindFlow(otherFlowId) is null)
        {
            return null;
        }

        DropPrompts(innerDc);
        return await _steps.ConfirmSwitchAsync(innerDc, otherFlowId, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnResumeCommandAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        // 继续 at a blocker says it is resolved; anywhere else it asks the question again.
        if (StepsOf(innerDc) is { } steps && FlowStepsDialog.IsBlocked(steps))
        {
            DropPrompts(innerDc);
            return await _steps.ResumeDialogAsync(innerDc, DialogReason.ContinueCalled, true, cancellationToken);
        }

        return await base.OnResumeCommandAsync(innerDc, cancellationToken);
    }

    /// <inheritdoc />
    protected override void BeforePause(DialogContext innerDc)
    {
        // Saved at a blocker, it asks the step's own question when resumed (店铺资金都提现了吗？).
        if (StepsOf(innerDc) is { } steps && FlowStepsDialog.IsBlocked(steps))
        {
            DropPrompts(innerDc);
            FlowStepsDialog.Unblock(steps);
        }
    }

    /// <inheritdoc />
    protected override WalkthroughSnapshot? Snapshot(DialogContext innerDc) =>
        StepsOf(innerDc) is { } steps ? _steps.Snapshot(innerDc.Context, steps) : null;

    // A walkthrough removed from the content while a conversation was in it is reset like an unknown dialog.
    private void EnsureDefined(TurnContext turn)
    {
        if (turn.Knowledge.FindFlow(Id) is null)
        {
            throw new UnknownDialogException(Id);
        }
    }

    private static DialogInstance? StepsOf(DialogContext innerDc) => innerDc.Stack.LastOrDefault(i => i.Id == DialogIds.FlowSteps);

    // The prompt waiting above the steps goes: the steps ask anew.
    private static void DropPrompts(DialogContext innerDc)
    {
        while (innerDc.ActiveDialog is { } active && active.Id != DialogIds.FlowSteps)
        {
            innerDc.Stack.RemoveAt(0);
        }
    }
}
