using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Flows;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Runs the steps of a content walkthrough (<see cref="FlowDefinition"/>), read from the turn's
/// content version: the platform question, then each step's question as a prompt; an answer does
/// what the file says (say, todo, blocker, handoff, next). A blocker asks 已处理好，继续 / 稍后再来
/// and waits; 稍后再来 saves the walkthrough at that step. The end says the summary and offers the
/// next actions. <see cref="FlowDialog"/> around it handles commands and interruptions.
/// </summary>
public sealed class FlowStepsDialog(string flowId) : Dialog(DialogIds.FlowSteps)
{
    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var progress = new FlowProgress();
        return await GoToPlatformOrFirstAsync(dc, progress, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Nothing waits above the steps (a step whose prompt was dropped): ask it.
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        AskCurrentAsync(dc, Progress(instance), cancellationToken);

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var progress = Progress(dc.ActiveDialog!);
        var flow = Flow(turn);
        if (progress.PendingSwitch is { } other)
        {
            progress.PendingSwitch = null;
            if (result is true)
            {
                return await SwitchAsync(dc, flow, progress, other, cancellationToken);
            }

            return await AskAndSaveAsync(dc, progress, cancellationToken);
        }

        if (progress.PendingPlatform is { } pending)
        {
            progress.PendingPlatform = null;
            if (result is true && Enum.TryParse<Platform>(pending, out var changed))
            {
                turn.Data.Platform = changed;
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.PlatformChanged, ("platform", FlowQuestions.PlatformName(turn, changed))), cancellationToken);
            }

            return await AskAndSaveAsync(dc, progress, cancellationToken);
        }

        if (progress.Step == FlowProgress.PlatformStep)
        {
            if (result is FoundChoice { Value: var chosen } && Enum.TryParse<Platform>(chosen, out var platform))
            {
                turn.Data.Platform = platform;
            }

            return await AfterPlatformAsync(dc, flow, progress, cancellationToken);
        }

        if (flow.Step(progress.Step) is not { } step)
        {
            throw new UnknownDialogException($"{flowId}/{progress.Step}");
        }

        if (progress.Blocked)
        {
            progress.Blocked = false;
            if (result is not true)
            {
                return await PauseAtBlockerAsync(dc, flow, progress, cancellationToken);
            }

            var blocker = step.Outcome(progress.BlockedBy ?? string.Empty);
            progress.Answers[step.Id] = FlowProgress.Resolved;
            progress.BlockedBy = null;
            return await GoOnAsync(dc, flow, step, blocker?.Next ?? FlowOutcome.End, progress, cancellationToken);
        }

        var value = result switch
        {
            bool answer => answer ? "yes" : "no",
            FoundChoice choice => choice.Value,
            _ => null,
        };
        if (value is null || step.Outcome(value) is not { } outcome)
        {
            return await AskAndSaveAsync(dc, progress, cancellationToken);
        }

        progress.Answers[step.Id] = value;
        return await ApplyAsync(dc, flow, step, outcome, progress, cancellationToken);
    }

    /// <summary>Goes back one step (to the platform question from the first step); false at the platform question.</summary>
    public async Task<bool> BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var progress = Progress(dc.ActiveDialog!);
        if (progress.Blocked)
        {
            // Back from a blocker is the question that led to it.
            progress.Blocked = false;
        }
        else if (progress.Step == FlowProgress.PlatformStep)
        {
            return false;
        }
        else if (progress.History.Count > 0)
        {
            progress.Step = progress.History[^1];
            progress.History.RemoveAt(progress.History.Count - 1);
            // An info step has nothing to answer: going back to it goes back past it.
            while (Flow(dc.Context).Step(progress.Step) is { Kind: FlowStepKind.Info } && progress.History.Count > 0)
            {
                progress.Step = progress.History[^1];
                progress.History.RemoveAt(progress.History.Count - 1);
            }
        }
        else
        {
            progress.ReturnTo = null;
            progress.Step = FlowProgress.PlatformStep;
        }

        await AskAndSaveAsync(dc, progress, cancellationToken);
        return true;
    }

    /// <summary>Starts over: the answers are forgotten and the platform is asked again.</summary>
    public Task<DialogTurnResult> RestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var progress = new FlowProgress { Introduced = Progress(dc.ActiveDialog!).Introduced };
        return AskAndSaveAsync(dc, progress, cancellationToken);
    }

    /// <summary>换平台: the platform question, then back to this step.</summary>
    public Task<DialogTurnResult> ChangePlatformAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var progress = Progress(dc.ActiveDialog!);
        if (progress.Step != FlowProgress.PlatformStep)
        {
            progress.ReturnTo = progress.Step;
            progress.Blocked = false;
            progress.Step = FlowProgress.PlatformStep;
        }

        return AskAndSaveAsync(dc, progress, cancellationToken);
    }

    /// <summary>
    /// A platform named in the middle (快手小店): ask whether to change to it; at the platform
    /// question (another question waited above it, the offer to switch walkthroughs) it is the answer.
    /// </summary>
    public async Task<DialogTurnResult> ConfirmPlatformAsync(DialogContext dc, Platform platform, CancellationToken cancellationToken)
    {
        var progress = Progress(dc.ActiveDialog!);
        progress.PendingSwitch = null;
        if (progress.Step == FlowProgress.PlatformStep)
        {
            dc.Context.Data.Platform = platform;
            return await AfterPlatformAsync(dc, Flow(dc.Context), progress, cancellationToken);
        }

        progress.PendingPlatform = platform.ToString();
        progress.SaveTo(dc.ActiveDialog!);
        return await dc.PromptAsync(DialogIds.Confirm, FlowQuestions.PlatformChange(dc.Context, platform), cancellationToken);
    }

    /// <summary>Another walkthrough asked for in the middle: save this one and go there?</summary>
    public Task<DialogTurnResult> ConfirmSwitchAsync(DialogContext dc, string otherFlowId, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var progress = Progress(dc.ActiveDialog!);
        progress.PendingPlatform = null;
        progress.PendingSwitch = otherFlowId;
        progress.SaveTo(dc.ActiveDialog!);
        var other = turn.Knowledge.FindFlow(otherFlowId) is { } flow ? turn.Texts.Say(flow.Name) : otherFlowId;
        return dc.PromptAsync(DialogIds.Confirm, FlowQuestions.Switch(turn, turn.Texts.Say(Flow(turn).Name), other), cancellationToken);
    }

    /// <summary>Asks the waiting question again, built anew (after a language switch).</summary>
    public Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken cancellationToken) =>
        AskAndSaveAsync(dc, Progress(dc.ActiveDialog!), cancellationToken);

    /// <summary>Whether the walkthrough waits at a blocker (继续 then means it is resolved).</summary>
    public static bool IsBlocked(DialogInstance instance) => Progress(instance).Blocked;

    /// <summary>Leaves the blocker (its answer stays, ⛔ in the summary): the step's question is what waits.</summary>
    public static void Unblock(DialogInstance instance)
    {
        var progress = Progress(instance);
        progress.Blocked = false;
        progress.SaveTo(instance);
    }

    /// <summary>Where the walkthrough is, for an agent.</summary>
    public WalkthroughSnapshot Snapshot(TurnContext turn, DialogInstance instance, string? branch = null) =>
        FlowSnapshot.Of(turn, Flow(turn), Progress(instance), branch);

    private FlowDefinition Flow(TurnContext turn) =>
        turn.Knowledge.FindFlow(flowId) ?? throw new UnknownDialogException(flowId);

    // The steps' state; a state from an older deployment (no progress) is reset like an unknown dialog.
    private static FlowProgress Progress(DialogInstance instance) =>
        FlowProgress.Of(instance) ?? throw new UnknownDialogException(DialogIds.FlowSteps);

    private async Task<DialogTurnResult> GoToPlatformOrFirstAsync(DialogContext dc, FlowProgress progress, CancellationToken cancellationToken)
    {
        if (dc.Context.Data.Platform is null)
        {
            return await AskAndSaveAsync(dc, progress, cancellationToken);
        }

        return await AfterPlatformAsync(dc, Flow(dc.Context), progress, cancellationToken);
    }

    // The platform is known: the intro once, then the first step (or the step 换平台 came from).
    private async Task<DialogTurnResult> AfterPlatformAsync(DialogContext dc, FlowDefinition flow, FlowProgress progress, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (!progress.Introduced)
        {
            progress.Introduced = true;
            var intro = flow.Intro is { } text ? turn.Texts.Say(text) + "\n\n" : string.Empty;
            await turn.SendTextAsync(intro + turn.Texts.Get(TextKeys.Hint), cancellationToken);
        }

        progress.Step = progress.ReturnTo is { } back && flow.Step(back) is not null ? back : flow.Steps[0].Id;
        progress.ReturnTo = null;
        return await AskAndSaveAsync(dc, progress, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyAsync(DialogContext dc, FlowDefinition flow, FlowStep step, FlowOutcome outcome, FlowProgress progress, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        // An info step's own text already says what its todo is; an answer's todo is said.
        var todo = step.Kind == FlowStepKind.Info ? null : outcome.Todo;
        var said = new[] { outcome.Say, todo }.OfType<PlatformText>().Select(turn.Texts.Say).ToList();
        if (said.Count > 1)
        {
            // What it means and what is left to do belong in one bubble.
            said = [string.Join("\n\n", said)];
        }

        foreach (var text in said)
        {
            await turn.SendTextAsync(text, cancellationToken);
        }

        if (outcome.Blocker is not null)
        {
            progress.Blocked = true;
            progress.BlockedBy = outcome.Value;
            return await AskAndSaveAsync(dc, progress, cancellationToken);
        }

        if (outcome.Handoff is { } branch)
        {
            return await HandOffAsync(dc, flow, branch, progress, cancellationToken);
        }

        return await GoOnAsync(dc, flow, step, outcome.Next!, progress, cancellationToken);
    }

    private async Task<DialogTurnResult> GoOnAsync(DialogContext dc, FlowDefinition flow, FlowStep step, string next, FlowProgress progress, CancellationToken cancellationToken)
    {
        progress.History.Remove(step.Id);
        progress.History.Add(step.Id);
        if (next == FlowOutcome.End || flow.Step(next) is not { } nextStep)
        {
            return await FinishAsync(dc, flow, progress, cancellationToken);
        }

        progress.Step = nextStep.Id;
        if (nextStep.Kind != FlowStepKind.Info)
        {
            return await AskAndSaveAsync(dc, progress, cancellationToken);
        }

        // An info step says its text and leads straight on.
        await dc.Context.SendTextAsync(dc.Context.Texts.Say(nextStep.Ask), cancellationToken);
        return await ApplyAsync(dc, flow, nextStep, nextStep.Answers[0], progress, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(DialogContext dc, FlowDefinition flow, FlowProgress progress, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (FlowSummary.Of(turn, flow, progress) is { } summary)
        {
            await turn.SendTextAsync(summary, cancellationToken);
        }

        var buttons = flow.End.Buttons.Select(turn.Texts.EntryButton).OfType<Button>().ToList();
        var end = flow.End.Say is { } say ? turn.Texts.Say(say) : turn.Texts.Get(TextKeys.WalkthroughEnd);
        await turn.SendTextAsync(end, buttons, cancellationToken);
        if ((flow.End.Offer ?? flow.End.Buttons.FirstOrDefault()) is { } offer)
        {
            turn.OfferYes(ButtonValues.Entry(offer));
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    // A branch that needs a person (a banned account): the handoff carries the walkthrough, and
    // with nobody available a ticket is taken with it. The walkthrough ends: the agent takes over.
    private static async Task<DialogTurnResult> HandOffAsync(DialogContext dc, FlowDefinition flow, string branch, FlowProgress progress, CancellationToken cancellationToken)
    {
        progress.SaveTo(dc.ActiveDialog!);
        var snapshot = FlowSnapshot.Of(dc.Context, flow, progress, branch);
        return Escalation.TryRequest(dc.Context, EscalationReason.Walkthrough, snapshot)
            ? await dc.EndDialogAsync(null, cancellationToken)
            : await dc.EndDialogAsync(new WalkthroughResult(Ticket: new TicketRequest(EscalationReason.Walkthrough, snapshot)), cancellationToken);
    }

    // Saved at this step (its question is asked again when resumed), then the other walkthrough begins.
    private static async Task<DialogTurnResult> SwitchAsync(DialogContext dc, FlowDefinition flow, FlowProgress progress, string other, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        progress.SaveTo(dc.ActiveDialog!);
        WalkthroughPause.Save(dc);
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.Paused, ("flow", turn.Texts.Say(flow.Name))), cancellationToken);
        dc.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Complete, new WalkthroughResult(NextFlow: other));
    }

    // 稍后再来 at a blocker: the walkthrough is saved at that step (it asks the step again when
    // resumed), with where it stands so far.
    private async Task<DialogTurnResult> PauseAtBlockerAsync(DialogContext dc, FlowDefinition flow, FlowProgress progress, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        progress.SaveTo(dc.ActiveDialog!);
        if (FlowSummary.Of(turn, flow, progress) is { } summary)
        {
            await turn.SendTextAsync(summary, cancellationToken);
        }

        return await WalkthroughPause.PauseAsync(dc, TextKeys.Paused, turn.Texts.Say(flow.Name), cancellationToken);
    }

    private async Task<DialogTurnResult> AskAndSaveAsync(DialogContext dc, FlowProgress progress, CancellationToken cancellationToken)
    {
        var steps = dc.ActiveDialog!;
        // A step's question replaces a confirmation that waited (上一步 at 要先去办理店铺注销吗？):
        // its 是 answers the step, not the confirmation.
        progress.PendingSwitch = null;
        progress.PendingPlatform = null;
        progress.SaveTo(steps);
        await AskCurrentAsync(dc, progress, cancellationToken);
        // Asking may have cleared a blocker that no longer applies: keep what it decided.
        progress.SaveTo(steps);
        return EndOfTurn;
    }

    private async Task AskCurrentAsync(DialogContext dc, FlowProgress progress, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (progress.Step == FlowProgress.PlatformStep)
        {
            await dc.PromptAsync(DialogIds.Choice, FlowQuestions.Platform(turn), cancellationToken);
            return;
        }

        var flow = Flow(turn);
        if (flow.Step(progress.Step) is not { } step)
        {
            throw new UnknownDialogException($"{flowId}/{progress.Step}");
        }

        if (progress.Blocked && step.Outcome(progress.BlockedBy ?? string.Empty) is { Blocker: { } blocker })
        {
            await dc.PromptAsync(DialogIds.Confirm, FlowQuestions.Blocker(turn, step, turn.Texts.Say(blocker)), cancellationToken);
            return;
        }

        progress.Blocked = false;
        await dc.PromptAsync(step.Kind == FlowStepKind.Confirm ? DialogIds.Confirm : DialogIds.Choice, FlowQuestions.Step(turn, step), cancellationToken);
    }
}
