using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// A step-by-step walkthrough: a waterfall of questions inside a component dialog that catches
/// interruptions before the waterfall sees the message (the Bot Builder pattern):
/// 取消 cancels, 重新开始 restarts, 上一步 asks the previous question again, 暂停 saves the
/// progress for later, 转人工 asks for a human, and an FAQ question is answered before the
/// walkthrough resumes at the same step (我们继续：…).
/// </summary>
/// <remarks>
/// Each step asks one question; the next step first handles that answer (when
/// <see cref="WaterfallStepContext.Result"/> is set) and then asks its own. Run again with no
/// result, a step only asks, which is what 上一步 relies on.
/// </remarks>
public abstract class WalkthroughDialog : ComponentDialog
{
    // Replies up to this long are answers when the prompt understands them.
    private const int ShortReplyLength = 6;

    // Only a confident match interrupts a walkthrough: a reply to the question ("已完成" to
    // "which platform?") must not be answered as an FAQ just because it shares a word with one.
    private const double ConfidentInterruption = 0.5;

    /// <summary>Creates the walkthrough with its steps.</summary>
    protected WalkthroughDialog(string id, string nameKey)
        : base(id)
    {
        NameKey = nameKey;
        AddDialog(new WaterfallDialog(DialogIds.Steps, Steps()));
        AddDialog(new ConfirmPrompt(DialogIds.Confirm));
        AddDialog(new ChoicePrompt(DialogIds.Choice));
        AddDialog(new TextPrompt(DialogIds.Text));
    }

    /// <summary>Whether an FAQ question in the middle is answered (a ticket's free-text answers are not questions).</summary>
    protected virtual bool AnswersFaqQuestions => true;

    /// <summary>Whether 暂停 saves this dialog to resume later (a ticket is not worth pausing, and must not replace a paused walkthrough).</summary>
    protected virtual bool CanPause => true;

    /// <summary>The text key of the walkthrough's name (店铺注销).</summary>
    public string NameKey { get; }

    /// <summary>The waterfall steps.</summary>
    protected abstract IEnumerable<WaterfallStep> Steps();

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return Dialog.EndOfTurn;
        }

        switch (WalkthroughCommands.Recognize(turn.Activity.Text))
        {
            case WalkthroughCommand.Cancel:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.Cancelled, ("flow", turn.Texts.Get(NameKey))), cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case WalkthroughCommand.Restart:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.Restarted, ("flow", turn.Texts.Get(NameKey))), cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await OnBeginDialogAsync(innerDc, null, cancellationToken);
            case WalkthroughCommand.Back:
                return await BackAsync(innerDc, cancellationToken);
            case WalkthroughCommand.Pause when CanPause:
                return await PauseAsync(innerDc, cancellationToken);
            case WalkthroughCommand.Resume or WalkthroughCommand.Pause:
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
        }

        // A short reply the waiting prompt understands (是, 抖店, 还没有) is an answer. A longer one
        // may be a question that merely contains 是 or 没有, so the matcher gets a say first.
        if (AnswersFaqQuestions && (!ActivePromptUnderstands(innerDc) || TextNormalizer.Normalize(turn.Activity.Text).Length > ShortReplyLength))
        {
            var interruption = await InterruptionAsync(innerDc, cancellationToken);
            if (interruption is not null)
            {
                return interruption;
            }
        }

        return await innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Asks which platform the shop is on, unless it is known; the next step gets a <see cref="Platform"/>.</summary>
    protected static Task<DialogTurnResult> AskPlatformAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (turn.Data.Platform is { } known)
        {
            return step.NextAsync(known, cancellationToken);
        }

        var choices = Enum.GetValues<Platform>().Where(p => p != Platform.Generic).Append(Platform.Generic)
            .Select(p => new Choice(p.ToString(), PlatformSynonyms(p), turn.Texts.Get(TextKeys.PlatformPrefix + p.ToString().ToLowerInvariant())))
            .ToList();
        return step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Prompt = Message(turn.Texts.Get(TextKeys.AskPlatform)),
            RetryPrompt = Message(turn.Texts.Get(TextKeys.AskPlatform)),
            Choices = choices,
        }, cancellationToken);
    }

    /// <summary>Stores the platform answered in the previous step.</summary>
    protected static void RememberPlatform(WaterfallStepContext step)
    {
        if (step.Result is FoundChoice found && Enum.TryParse<Platform>(found.Value, out var platform))
        {
            step.Context.Data.Platform = platform;
        }
        else if (step.Result is Platform known)
        {
            step.Context.Data.Platform = known;
        }
    }

    /// <summary>Asks a done / not-yet question (buttons 已完成 / 还没有 unless given).</summary>
    protected static Task<DialogTurnResult> AskDoneAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken, string? yesKey = null)
    {
        var texts = step.Context.Texts;
        return step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Prompt = Message(text),
            RetryPrompt = Message(text),
            Choices = [new Choice(texts.Get(yesKey ?? TextKeys.DoneButton)), new Choice(texts.Get(TextKeys.NotYetButton))],
        }, cancellationToken);
    }

    /// <summary>A plain message activity.</summary>
    protected static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>Records a yes/no answer in the step values under <paramref name="key"/> (when there is one).</summary>
    protected static bool? Record(WaterfallStepContext step, string key)
    {
        if (step.Result is bool answer)
        {
            step.Values[key] = answer;
            return answer;
        }

        return null;
    }

    /// <summary>A done/todo summary of the given items.</summary>
    protected static string Summary(TurnContext turn, string summaryKey, IEnumerable<(string ItemKey, bool Done)> items)
    {
        var list = items.ToList();
        string Lines(bool done) => list.Where(i => i.Done == done) is var chosen && chosen.Any()
            ? string.Join("\n", chosen.Select(i => turn.Texts.Get(done ? TextKeys.SummaryDone : TextKeys.SummaryTodo, ("item", turn.Texts.Get(i.ItemKey)))))
            : "—";
        return turn.Texts.Get(summaryKey, ("done", Lines(true)), ("todo", Lines(false)));
    }

    /// <summary>Whether a stored yes/no value is true.</summary>
    protected static bool IsDone(WaterfallStepContext step, string key) => step.Values[key]?.GetValue<bool>() == true;

    private static IReadOnlyList<string> PlatformSynonyms(Platform platform) => platform switch
    {
        Platform.Douyin => ["抖音", "抖店", "抖音小店", "douyin", "tiktok", "dy"],
        Platform.Kuaishou => ["快手", "快手小店", "kuaishou", "ks"],
        Platform.Taobao => ["淘宝", "天猫", "taobao", "tmall"],
        Platform.Pinduoduo => ["拼多多", "拼夕夕", "pdd", "pinduoduo"],
        _ => ["其他", "别的", "other", "others", "generic"],
    };

    private static bool ActivePromptUnderstands(DialogContext innerDc)
    {
        if (innerDc.ActiveDialog is not { } active || innerDc.Find(active) is not { } dialog)
        {
            return false;
        }

        var options = Prompt<object>.OptionsOf(active);
        return dialog switch
        {
            ConfirmPrompt confirm => confirm.Recognize(innerDc.Context, options).Succeeded,
            ChoicePrompt choice => choice.Recognize(innerDc.Context, options).Succeeded,
            _ => false,
        };
    }

    private async Task<DialogTurnResult?> InterruptionAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var match = turn.Knowledge.Match(turn.Activity.Text);
        if (match.Platform is { } platform)
        {
            turn.Data.Platform ??= platform;
        }

        if (match.Answer is not { } entry || match.TopScore < ConfidentInterruption)
        {
            // Not understood by the prompt nor the matcher: the prompt's retry explains what it needs.
            return null;
        }

        switch (entry.Kind)
        {
            case EntryKind.Escalate:
                return await EscalateAsync(innerDc, EscalationReason.Requested, cancellationToken);
            case EntryKind.Flow when entry.Id == Id:
                await ResumeAsync(innerDc, cancellationToken);
                return Dialog.EndOfTurn;
            case EntryKind.Flow:
                var other = entry.Id == DialogIds.Closure ? TextKeys.ClosureName : TextKeys.DepositName;
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.OtherFlow, ("current", turn.Texts.Get(NameKey)), ("other", turn.Texts.Get(other))), cancellationToken);
                await ResumeAsync(innerDc, cancellationToken);
                return Dialog.EndOfTurn;
            default:
                await FaqAnswer.SendAsync(turn, entry, match.TopScore, cancellationToken);
                await ResumeAsync(innerDc, cancellationToken);
                return Dialog.EndOfTurn;
        }
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

        var self = innerDc.Parent!.ActiveDialog!;
        innerDc.Context.Data.PausedWalkthrough = JsonSerializer.Deserialize<DialogInstance>(JsonSerializer.SerializeToUtf8Bytes(self));
        innerDc.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Complete, new WalkthroughResult(Ticket: new TicketRequest(reason, snapshot)));
    }

    private static async Task ResumeAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendTextAsync(innerDc.Context.Texts.Get(TextKeys.ResumePrefix), cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
    }

    private async Task<DialogTurnResult> BackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var waterfall = innerDc.Stack.LastOrDefault(i => i.Id == DialogIds.Steps);
        var step = waterfall is null ? 0 : WaterfallDialog.CurrentStep(waterfall);
        if (waterfall is null || step == 0)
        {
            await innerDc.Context.SendTextAsync(innerDc.Context.Texts.Get(TextKeys.BackAtFirst), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        // Drop the waiting prompt without resuming the waterfall, then ask the previous step's question.
        while (innerDc.ActiveDialog is { } active && active != waterfall)
        {
            innerDc.Stack.RemoveAt(0);
        }

        var steps = (WaterfallDialog)innerDc.Find(waterfall);
        return await steps.RunStepAgainAsync(innerDc, step - 1, cancellationToken);
    }

    private async Task<DialogTurnResult> PauseAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var self = innerDc.Parent!.ActiveDialog!;
        turn.Data.PausedWalkthrough = JsonSerializer.Deserialize<DialogInstance>(JsonSerializer.SerializeToUtf8Bytes(self));
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.Paused, ("flow", turn.Texts.Get(NameKey))), [turn.Texts.Get(TextKeys.ResumeButton)], cancellationToken);
        innerDc.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    /// <summary>Where the walkthrough is, for an agent: its id, the step and the answers so far.</summary>
    public WalkthroughSnapshot Snapshot(DialogContext innerDc)
    {
        var waterfall = innerDc.Stack.LastOrDefault(i => i.Id == DialogIds.Steps);
        return new WalkthroughSnapshot(
            Id,
            waterfall is null ? 0 : WaterfallDialog.CurrentStep(waterfall),
            waterfall is null ? [] : WaterfallDialog.ValuesOf(waterfall).ToDictionary(v => v.Key, v => v.Value?.ToJsonString() ?? "null", StringComparer.Ordinal));
    }
}
