using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The root of every conversation: routes each message that no walkthrough is waiting for.
/// Menu buttons first, then 继续 for a paused walkthrough, then the matcher: an answer shows the
/// FAQ answer with its followups, a flow begins its walkthrough, escalate asks for a human,
/// clarify asks 您是想问…? with buttons, and fallback says so honestly (a human is offered after
/// two in a row). Fallback and clarify decisions are recorded for editors.
/// </summary>
public sealed class MainDialog(FaqAnswerer answerer) : Dialog(DialogIds.Main)
{
    // A sentiment score at or below this counts as upset enough to offer a human.
    private const double StronglyNegative = -0.6;

    /// <summary>The welcome with the menu buttons.</summary>
    public static Task SendWelcomeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.SendTextAsync(turn.Texts.Get(TextKeys.Welcome), MenuButtons(turn), cancellationToken);

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        Task.FromResult(EndOfTurn);

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(turn.Activity.Text))
        {
            return EndOfTurn;
        }

        if (MenuChoice(turn) is { } menu)
        {
            return await RouteMenuAsync(dc, menu, cancellationToken);
        }

        if (WalkthroughCommands.Recognize(turn.Activity.Text) == WalkthroughCommand.Resume)
        {
            return await ResumePausedAsync(dc, cancellationToken);
        }

        var match = await answerer.MatchAsync(turn.Knowledge, turn.Activity.Text, turn.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
        if (match.Platform is { } platform)
        {
            turn.Data.Platform = platform;
        }

        return match.Decision switch
        {
            MatchDecision.Answer => await AnswerAsync(dc, match, cancellationToken),
            MatchDecision.Clarify => await ClarifyAsync(turn, match, cancellationToken),
            _ => await FallbackAsync(turn, cancellationToken),
        };
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        return result switch
        {
            WalkthroughResult { NextFlow: { } next } => await dc.BeginDialogAsync(next, null, cancellationToken),
            WalkthroughResult { ResumePaused: true } => await RestorePausedAsync(dc, cancellationToken),
            WalkthroughResult { Ticket: { } ticket } => await dc.BeginDialogAsync(DialogIds.Ticket, ticket, cancellationToken),
            _ => EndOfTurn,
        };
    }

    private static IEnumerable<string> MenuButtons(TurnContext turn) =>
        [turn.Texts.Get(TextKeys.MenuClosure), turn.Texts.Get(TextKeys.MenuDeposit), turn.Texts.Get(TextKeys.MenuFaq), turn.Texts.Get(TextKeys.MenuHuman)];

    // Menu buttons are matched exactly, in both languages, before anything else.
    private static string? MenuChoice(TurnContext turn)
    {
        var text = turn.Activity.Text!.Trim();
        foreach (var key in new[] { TextKeys.MenuClosure, TextKeys.MenuDeposit, TextKeys.MenuFaq, TextKeys.MenuHuman })
        {
            var label = turn.Knowledge.Content.Text(key)?.Text;
            if (label is not null && (string.Equals(text, label.Zh, StringComparison.OrdinalIgnoreCase) || string.Equals(text, label.En, StringComparison.OrdinalIgnoreCase)))
            {
                return key;
            }
        }

        return null;
    }

    private async Task<DialogTurnResult> RouteMenuAsync(DialogContext dc, string menu, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        switch (menu)
        {
            case TextKeys.MenuClosure:
                return await BeginFlowAsync(dc, DialogIds.Closure, cancellationToken);
            case TextKeys.MenuDeposit:
                return await BeginFlowAsync(dc, DialogIds.DepositRefund, cancellationToken);
            case TextKeys.MenuHuman:
                return await EscalateAsync(dc, cancellationToken);
            default:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.FaqMenu), turn.Texts.ButtonsOf(TextKeys.FaqMenu), cancellationToken);
                return EndOfTurn;
        }
    }

    private async Task<DialogTurnResult> AnswerAsync(DialogContext dc, MatchResult match, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var entry = match.Answer!;
        switch (entry.Kind)
        {
            case EntryKind.Flow:
                turn.Data.ConsecutiveFallbacks = 0;
                return await BeginFlowAsync(dc, entry.Id, cancellationToken);
            case EntryKind.Escalate:
                return await EscalateAsync(dc, cancellationToken);
            default:
                await FaqAnswer.SendAsync(turn, entry, match.TopScore, cancellationToken);
                if (entry.Escalate)
                {
                    turn.Data.OfferedHumanFor = EscalationReason.Topic;
                }

                await OfferHumanIfUpsetAsync(turn, cancellationToken);
                return EndOfTurn;
        }
    }

    // The reason is the offer the merchant accepted, if any: two fallbacks, an escalate topic, or being upset.
    private static async Task<DialogTurnResult> EscalateAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var reason = turn.Data.OfferedHumanFor ?? EscalationReason.Requested;
        turn.Data.OfferedHumanFor = null;
        turn.Data.ConsecutiveFallbacks = 0;
        return Escalation.TryRequest(turn, reason, null)
            ? EndOfTurn
            : await dc.BeginDialogAsync(DialogIds.Ticket, new TicketRequest(reason, null), cancellationToken);
    }

    // Strong negative sentiment or urgency: offer a human (the button escalates at once).
    private static async Task OfferHumanIfUpsetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Environment is { Urgent: true } or { Sentiment.Score: <= StronglyNegative })
        {
            turn.Data.OfferedHumanFor = EscalationReason.Sentiment;
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferHuman), [turn.Texts.Get(TextKeys.MenuHuman)], cancellationToken);
        }
    }

    private async Task<DialogTurnResult> BeginFlowAsync(DialogContext dc, string flowId, CancellationToken cancellationToken)
    {
        if (dc.Context.Data.PausedWalkthrough is { } paused && paused.Id == flowId)
        {
            return await dc.BeginDialogAsync(DialogIds.ResumeOffer, flowId, cancellationToken);
        }

        return await dc.BeginDialogAsync(flowId, null, cancellationToken);
    }

    private static async Task<DialogTurnResult> ClarifyAsync(TurnContext turn, MatchResult match, CancellationToken cancellationToken)
    {
        var titles = match.ClarifyChoices.Select(c => c.Entry.TitleFor(turn.Data.Locale)).Append(turn.Texts.Get(TextKeys.ClarifyNone));
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.Clarify), titles, cancellationToken);
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> FallbackAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Data.ConsecutiveFallbacks++;
        if (turn.Environment is { Urgent: true } or { Sentiment.Score: <= StronglyNegative })
        {
            turn.Data.OfferedHumanFor = EscalationReason.Sentiment;
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferHuman), [turn.Texts.Get(TextKeys.MenuHuman), turn.Texts.Get(TextKeys.MenuFaq)], cancellationToken);
        }
        else if (turn.Data.ConsecutiveFallbacks >= 2)
        {
            turn.Data.OfferedHumanFor = EscalationReason.RepeatedFallback;
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.FallbackOfferHuman), [turn.Texts.Get(TextKeys.MenuHuman), turn.Texts.Get(TextKeys.MenuFaq)], cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.Fallback), [turn.Texts.Get(TextKeys.MenuClosure), turn.Texts.Get(TextKeys.MenuDeposit), turn.Texts.Get(TextKeys.MenuFaq)], cancellationToken);
        }

        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> ResumePausedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Data.PausedWalkthrough is null)
        {
            await dc.Context.SendTextAsync(dc.Context.Texts.Get(TextKeys.NothingPaused), [dc.Context.Texts.Get(TextKeys.MenuClosure), dc.Context.Texts.Get(TextKeys.MenuDeposit)], cancellationToken);
            return EndOfTurn;
        }

        return await RestorePausedAsync(dc, cancellationToken);
    }

    // The paused walkthrough goes back on the stack exactly as it was and asks its question again.
    private static async Task<DialogTurnResult> RestorePausedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var paused = dc.Context.Data.PausedWalkthrough!;
        dc.Context.Data.PausedWalkthrough = null;
        dc.Stack.Insert(0, paused);
        await dc.Context.SendTextAsync(dc.Context.Texts.Get(TextKeys.ResumePrefix), cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }
}
