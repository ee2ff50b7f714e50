using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// A step-by-step walkthrough: a waterfall of questions inside a component dialog that reads each
/// message before the waterfall sees it (the Bot Builder pattern). In order: a command (取消,
/// 重新开始, 上一步, 暂停, 继续 — typed or clicked); a request for a human; a click on the waiting
/// question's own buttons or its exact title (in either language), which is always the answer;
/// then the message is weighed as an answer against a question. A question the FAQ answers clearly
/// (when the message asks with 吗/怎么/?, is long, or is no answer at all) is answered, every
/// question of it, and the step is asked again: it is never recorded as the step's answer.
/// Otherwise an answer the question understood is taken (弄好了, 还没弄, 还没有，我先去处理一下),
/// unless it asks something (弄好了吗？).
/// Anything else gets a hint naming the replies the step understands, then a human offer, then a
/// way out; a fourth miss pauses the walkthrough.
/// </summary>
/// <remarks>
/// Each step asks one question; the next step first handles that answer (when
/// <see cref="WaterfallStepContext.Result"/> is set) and then asks its own. Run again with no
/// result, a step only asks, which is what 上一步 relies on.
/// </remarks>
public abstract class WalkthroughDialog : ComponentDialog
{
    // Only a confident match counts as a question inside a walkthrough: a reply to the question
    // ("已完成" to "which platform?") must not be answered as an FAQ because it shares a word with one.
    private const double ConfidentQuestion = 0.5;

    // A reply this long (normalised) that does not ask with a cue is still weighed as a question.
    private const int LongReply = 12;

    // After this many replies the waiting question did not understand, the walkthrough is paused.
    private const int MissesBeforePause = 3;

    /// <summary>Creates the walkthrough around the dialog that runs its steps (begun first).</summary>
    protected WalkthroughDialog(string id, Dialog steps)
        : base(id)
    {
        AddDialog(steps);
        AddDialog(new ConfirmPrompt(DialogIds.Confirm));
        AddDialog(new ChoicePrompt(DialogIds.Choice));
        AddDialog(new TextPrompt(DialogIds.Text));
    }

    /// <summary>Whether an FAQ question in the middle is answered (a ticket's free-text answers are not questions).</summary>
    protected virtual bool AnswersFaqQuestions => true;

    /// <summary>Whether 暂停 saves this dialog to resume later (a ticket is not worth pausing, and must not replace a paused walkthrough).</summary>
    protected virtual bool CanPause => true;

    /// <summary>What 取消 says ({flow}: the name).</summary>
    protected virtual string CancelledKey => TextKeys.Cancelled;

    /// <summary>The walkthrough's name in the merchant's language (店铺注销).</summary>
    protected abstract string NameOf(TurnContext turn);

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (TurnActivities.IsLocaleSet(turn.Activity))
        {
            return await AskAgainAsync(innerDc, cancellationToken);
        }

        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return Dialog.EndOfTurn;
        }

        var pressed = ButtonValues.Of(turn.Activity);
        // A click is what its value says: the title of a button (Later) is never read as a command.
        var command = Enum.TryParse<WalkthroughCommand>(ButtonValues.CommandOf(pressed), out var clicked) ? clicked
            : pressed is null ? WalkthroughCommands.Recognize(turn.Activity.Text)
            : WalkthroughCommand.None;
        switch (command)
        {
            case WalkthroughCommand.Cancel:
                await turn.SendTextAsync(turn.Texts.Get(CancelledKey, ("flow", NameOf(turn))), cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case WalkthroughCommand.Restart:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.Restarted, ("flow", NameOf(turn))), cancellationToken);
                return await RestartAsync(innerDc, cancellationToken);
            case WalkthroughCommand.Back:
                return await BackAsync(innerDc, cancellationToken);
            case WalkthroughCommand.Pause when CanPause:
                return await PauseAsync(innerDc, TextKeys.Paused, cancellationToken);
            case WalkthroughCommand.Resume:
                return await OnResumeCommandAsync(innerDc, cancellationToken);
            case WalkthroughCommand.ChangePlatform when await ChangePlatformAsync(innerDc, null, cancellationToken) is { } asked:
                return asked;
            case WalkthroughCommand.Pause or WalkthroughCommand.ChangePlatform:
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
        }

        // A button under an FAQ answer given in the middle (a followup, 转人工).
        if (ButtonValues.EntryOf(pressed) is { } pressedId && turn.Knowledge.Find(pressedId) is { } pressedEntry)
        {
            return await InterruptAsync(innerDc, [new MatchCandidate(pressedEntry, 1.0)], cancellationToken);
        }

        var reading = ActivePromptReading(innerDc);
        if (reading is PromptReading.Button or PromptReading.Exact || !AnswersFaqQuestions)
        {
            return await innerDc.ContinueDialogAsync(cancellationToken);
        }

        var text = turn.Activity.Text;
        var match = turn.Knowledge.Match(text);
        if (match is { Rule: MatchRule.Empty, Platform: { } named })
        {
            if (named != turn.Data.Platform && await ChangePlatformAsync(innerDc, named, cancellationToken) is { } changing)
            {
                return changing;
            }

            if (named == turn.Data.Platform)
            {
                // 快手 when the walkthrough is already for 快手小店: fine, on we go.
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.PlatformSame, ("platform", turn.Texts.Get(TextKeys.PlatformName(named)))), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            }
        }

        if (match.Platform is { } platform)
        {
            turn.Data.Platform ??= platform;
        }

        if (match.Rule == MatchRule.HumanRequest)
        {
            return await EscalateAsync(innerDc, EscalationReason.Requested, cancellationToken);
        }

        // An angry or urgent merchant is not answered with the step alone: an apology and a human first.
        if (reading is not (PromptReading.Button or PromptReading.Exact) && Feelings.IsUpset(turn))
        {
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferHuman), cancellationToken);
            OfferHumanWithTheQuestion(turn);
            return await ResumeAsync(innerDc, cancellationToken);
        }

        // Another walkthrough asked for in a reply the question did not understand (其实我想注销店铺),
        // or after a leading answer (没有，不过我想先注销店铺): offer to save this one and go there,
        // before any FAQ item that shares its words is answered. The step is asked again if not.
        var asks = QuestionCues.Asks(text);
        if (reading is PromptReading.None or PromptReading.Leading && !asks && FlowRequest.Find(turn.Knowledge, text, Id) is { } requested)
        {
            return await InterruptAsync(innerDc, [new MatchCandidate(requested, 1.0)], cancellationToken);
        }

        // A question is answered (and the step asked again) when the FAQ answers it clearly and the
        // message asks, is long, or is no answer at all; otherwise an answer the prompt read is taken.
        // After a leading answer (已经提交了，…) the question is the rest of the message.
        var questionText = reading == PromptReading.Leading ? MessageQuestions.AfterFirstClause(text) : text;
        var questions = MessageQuestions.Find(turn.Knowledge, questionText, ConfidentQuestion, ReferenceEquals(questionText, text) ? match : null)
            .Where(q => reading == PromptReading.None || q.Entry.Id != Id)
            // 我不想注销店铺 names the closure, and asks for anything but it.
            .Where(q => q.Entry.Kind != EntryKind.Flow || !FlowRequest.Declines(text))
            .ToList();
        var isLong = TextNormalizer.Normalize(text).Length > LongReply;
        var namesAnotherFlow = questions.Any(q => q.Entry.Kind == EntryKind.Flow && q.Entry.Id != Id);
        if (questions.Count > 0 && (asks || isLong || namesAnotherFlow || reading == PromptReading.None))
        {
            return await InterruptAsync(innerDc, questions, cancellationToken);
        }

        // A sentence that merely starts with an answer and asks something is not that answer (弄好了吗？).
        if (reading is PromptReading.Natural || (reading != PromptReading.None && !asks))
        {
            return await innerDc.ContinueDialogAsync(cancellationToken);
        }

        // A real question the FAQ does not answer (one of the examples of what it does not cover, or
        // near enough to its topics) is not a wrong answer to the step: say so honestly, then ask again.
        if (asks && reading == PromptReading.None && !Feelings.IsUpset(turn) && !ReplyLexicon.IsContentFree(text)
            && (match.Rule == MatchRule.OutOfScope || match.TopScore >= turn.Knowledge.Matcher.Options.FallbackBelow))
        {
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.QuestionUnknown), cancellationToken);
            return await ResumeAsync(innerDc, cancellationToken);
        }

        return await MissAsync(innerDc, cancellationToken);
    }

    // How the waiting prompt reads the message: a click on its buttons, its exact title, a natural answer...
    private static PromptReading ActivePromptReading(DialogContext innerDc)
    {
        if (innerDc.ActiveDialog is not { } active || innerDc.Find(active) is not { } dialog)
        {
            return PromptReading.None;
        }

        return dialog is IPrompt prompt ? prompt.Read(innerDc.Context, Prompt<object>.OptionsOf(active)) : PromptReading.None;
    }

    // Questions asked in the middle are answered (each of them), then the walkthrough goes on at
    // the same step; a walkthrough named in the middle is this one (go on) or another (finish or pause this one first).
    private async Task<DialogTurnResult> InterruptAsync(DialogContext innerDc, IReadOnlyList<MatchCandidate> questions, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (questions.Any(q => q.Entry.Kind == EntryKind.Escalate))
        {
            return await EscalateAsync(innerDc, EscalationReason.Requested, cancellationToken);
        }

        // Naming only this walkthrough (账号被封了想退保证金 at its first question) asks nothing: it is a reply not understood.
        if (questions.All(q => q.Entry.Id == Id))
        {
            return await MissAsync(innerDc, cancellationToken);
        }

        foreach (var question in questions.Where(q => q.Entry.Kind != EntryKind.Flow))
        {
            await FaqAnswer.SendAsync(turn, question.Entry, question.Score, cancellationToken);
        }

        // Another walkthrough asked for (算了，我想问保证金怎么退): offer to save this one and go there.
        if (questions.FirstOrDefault(q => q.Entry.Kind == EntryKind.Flow && q.Entry.Id != Id) is { } otherFlow)
        {
            if (await OfferSwitchAsync(innerDc, otherFlow.Entry.Id, cancellationToken) is { } offered)
            {
                return offered;
            }

            var other = turn.Knowledge.FindFlow(otherFlow.Entry.Id) is { } flow ? turn.Texts.Say(flow.Name) : otherFlow.Entry.TitleFor(turn.Data.Locale);
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.OtherFlow, ("current", NameOf(turn)), ("other", other)), cancellationToken);
        }

        return await ResumeAsync(innerDc, cancellationToken);
    }

    // Neither an answer nor a question: the prompt's hints take it from here; "not sure" gets a word
    // of its own first, and past the last hint the walkthrough is paused rather than asked again.
    private async Task<DialogTurnResult> MissAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (CanPause && innerDc.ActiveDialog is { } active && Prompt<object>.MissesOf(active) >= MissesBeforePause)
        {
            return await PauseAsync(innerDc, TextKeys.AutoPaused, cancellationToken);
        }

        if (Feelings.IsUpset(turn))
        {
            // An angry or urgent merchant is not told to tap a button: first an apology and a human.
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferHuman), cancellationToken);
            OfferHumanWithTheQuestion(turn);
        }
        else if (ReplyLexicon.SaysNotKnowing(turn.Activity.Text))
        {
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.Unsure), cancellationToken);
        }

        return innerDc.ActiveDialog is { } waiting && innerDc.Find(waiting) is IPrompt prompt
            ? await prompt.RejectAsync(innerDc, cancellationToken)
            : await innerDc.ContinueDialogAsync(cancellationToken);
    }

    // The human offered with an apology goes under the question that follows it (only the last message's buttons show).
    private static void OfferHumanWithTheQuestion(TurnContext turn)
    {
        var human = MenuButtons.Human(turn);
        turn.State.Set(new PromptExtraButtons([CardAction.MessageBack(human.Title, human.Value)]));
    }

    /// <summary>
    /// Hands the conversation to a human with this walkthrough's state attached. The walkthrough
    /// stays where it is, to continue once the agent is done; with nobody available it is paused
    /// and a ticket is taken instead.
    /// </summary>
    protected async Task<DialogTurnResult> EscalateAsync(DialogContext innerDc, EscalationReason reason, CancellationToken cancellationToken)
    {
        var snapshot = Snapshot(innerDc);
        if (Escalation.TryRequest(innerDc.Context, reason, snapshot))
        {
            return Dialog.EndOfTurn;
        }

        WalkthroughPause.Save(innerDc);
        innerDc.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Complete, new WalkthroughResult(Ticket: new TicketRequest(reason, snapshot)));
    }

    // 我们继续： and the question again; built anew when the merchant has just switched language, so
    // the question and its buttons are in the language of the answer before them.
    private async Task<DialogTurnResult> ResumeAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendTextAsync(innerDc.Context.Texts.Get(TextKeys.ResumePrefix), cancellationToken);
        if (innerDc.Context.LanguageChanged)
        {
            return await AskAgainAsync(innerDc, cancellationToken);
        }

        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    /// <summary>继续 in the middle: by default the question again.</summary>
    protected virtual async Task<DialogTurnResult> OnResumeCommandAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    /// <summary>
    /// 换平台 (<paramref name="platform"/> null) or a platform named alone in the middle; null when
    /// the walkthrough does not ask for a platform (the message is then read as usual).
    /// </summary>
    protected virtual Task<DialogTurnResult?> ChangePlatformAsync(DialogContext innerDc, Platform? platform, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>
    /// Another walkthrough was asked for in the middle: ask whether to save this one and begin that
    /// one; null when this dialog cannot be saved (the ticket), which then says to finish first.
    /// </summary>
    protected virtual Task<DialogTurnResult?> OfferSwitchAsync(DialogContext innerDc, string otherFlowId, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>重新开始: by default the walkthrough begins again.</summary>
    protected virtual async Task<DialogTurnResult> RestartAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await OnBeginDialogAsync(innerDc, null, cancellationToken);
    }

    /// <summary>Asks the waiting question again, built anew (in the conversation's language now).</summary>
    protected virtual Task<DialogTurnResult> AskAgainAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        RunStepAgainAsync(innerDc, offset: 0, cancellationToken);

    /// <summary>上一步: by default the waterfall's previous step.</summary>
    protected virtual async Task<DialogTurnResult> BackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var waterfall = innerDc.Stack.LastOrDefault(i => i.Id == DialogIds.Steps);
        var step = waterfall is null ? 0 : WaterfallDialog.CurrentStep(waterfall);
        if (waterfall is null || step == 0)
        {
            await innerDc.Context.SendTextAsync(innerDc.Context.Texts.Get(TextKeys.BackAtFirst), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        return await RunStepAgainAsync(innerDc, offset: -1, cancellationToken);
    }

    // Drops the waiting prompt without resuming the waterfall, then asks the question of the step
    // at this offset from the current one again, built anew (in the conversation's language now).
    private static async Task<DialogTurnResult> RunStepAgainAsync(DialogContext innerDc, int offset, CancellationToken cancellationToken)
    {
        if (innerDc.Stack.LastOrDefault(i => i.Id == DialogIds.Steps) is not { } waterfall)
        {
            return Dialog.EndOfTurn;
        }

        while (innerDc.ActiveDialog is { } active && active != waterfall)
        {
            innerDc.Stack.RemoveAt(0);
        }

        var steps = (WaterfallDialog)innerDc.Find(waterfall);
        return await steps.RunStepAgainAsync(innerDc, WaterfallDialog.CurrentStep(waterfall) + offset, cancellationToken);
    }

    private Task<DialogTurnResult> PauseAsync(DialogContext innerDc, string textKey, CancellationToken cancellationToken)
    {
        BeforePause(innerDc);
        return WalkthroughPause.PauseAsync(innerDc, textKey, NameOf(innerDc.Context), cancellationToken);
    }

    /// <summary>Readies the inner stack to be saved (resumed, it asks what is waiting again).</summary>
    protected virtual void BeforePause(DialogContext innerDc)
    {
    }

    /// <summary>Where the walkthrough is, for an agent (null for a dialog that is no walkthrough, the ticket).</summary>
    protected virtual WalkthroughSnapshot? Snapshot(DialogContext innerDc) => null;
}
