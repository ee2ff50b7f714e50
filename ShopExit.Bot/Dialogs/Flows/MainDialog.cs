using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The root of every conversation: routes each message that no walkthrough is waiting for. A click
/// on one of the bot's buttons first (its value says what it means, in any language), then a
/// typed menu title, then 继续 for a paused walkthrough, then the matcher: an answer shows the FAQ
/// answer with its followups (several answers when the message asks several things), a flow begins
/// its walkthrough, escalate asks for a human, clarify asks 您是想问…? with buttons, and fallback
/// says so honestly (a human is offered after two in a row). A content-free reply (没有, 好的, 嗯,
/// 不知道, ok, ?) never gets an FAQ answer: it answers what the bot's last message offered, or the
/// bot asks what the merchant needs and shows the menu. Fallback and clarify decisions are recorded
/// for editors.
/// </summary>
public sealed class MainDialog() : Dialog(DialogIds.Main)
{
    // Each question of a message that asks several must be this clear on its own.
    private const double ConfidentQuestion = 0.5;

    /// <summary>The welcome with the menu buttons.</summary>
    public static Task SendWelcomeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.SendTextAsync(turn.Texts.Get(TextKeys.Welcome), MenuButtons.All(turn), cancellationToken);

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        Task.FromResult(EndOfTurn);

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(turn.Activity.Text) && ButtonValues.Of(turn.Activity) is null)
        {
            return EndOfTurn;
        }

        if (await PressAsync(dc, ButtonValues.Of(turn.Activity) ?? MenuButtons.ValueOfTitle(turn, turn.Activity.Text) ?? OfferedTitle(turn), cancellationToken) is { } pressed)
        {
            return pressed;
        }

        switch (WalkthroughCommands.Recognize(turn.Activity.Text))
        {
            case WalkthroughCommand.Resume:
                return await ResumePausedAsync(dc, cancellationToken);
            case WalkthroughCommand.Cancel:
                // 算了 / 不办了 with nothing in progress: fine, anything else?
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferDeclined), MenuButtons.Services(turn), cancellationToken);
                return EndOfTurn;
            case WalkthroughCommand.Back or WalkthroughCommand.Restart or WalkthroughCommand.Pause:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.NoneInProgress), [MenuButtons.Closure(turn), MenuButtons.Deposit(turn)], cancellationToken);
                return EndOfTurn;
        }

        // 你们客服几点上班？ names 客服 but asks no human: the hours, from the configuration.
        if (SupportHours.IsAsked(turn.Activity.Text))
        {
            await SupportHours.AnswerAsync(turn, cancellationToken);
            return EndOfTurn;
        }

        var match = FaqAnswerer.Match(turn, turn.Activity.Text);
        if (match.Platform is { } platform)
        {
            turn.Data.Platform = platform;
        }

        if (match.Rule == MatchRule.ContentFree)
        {
            return await ContentFreeAsync(dc, cancellationToken);
        }

        if (match is { Rule: MatchRule.Empty, Platform: { } named })
        {
            // Only a platform's name (抖店): note it, and ask what the merchant needs there.
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.PlatformNoted, ("platform", turn.Texts.Get(TextKeys.PlatformName(named)))), MenuButtons.All(turn), cancellationToken);
            return EndOfTurn;
        }

        if (match.Rule != MatchRule.HumanRequest
            && MessageQuestions.Several(turn.Knowledge, turn.Activity.Text, ConfidentQuestion) is { Count: > 1 } several)
        {
            return await AnswerSeveralAsync(dc, several, cancellationToken);
        }

        // An angry merchant is not handed a half-sure answer ("垃圾机器人" is no question about the bot): an apology and a human.
        if (Feelings.IsUpset(turn) && match is { Decision: MatchDecision.Answer, Answer.Kind: EntryKind.Faq } && match.TopScore < ConfidentQuestion)
        {
            return await FallbackAsync(turn, TextKeys.Fallback, cancellationToken);
        }

        if (turn.Data.OpenTicket is { } ticket && match.Rule != MatchRule.HumanRequest && await AddToTicketAsync(turn, ticket, match, cancellationToken))
        {
            return EndOfTurn;
        }

        if (match.Decision != MatchDecision.Answer && FollowUp(turn) is { } followUp)
        {
            return await AnswerAsync(dc, followUp.Entry, followUp.Score, cancellationToken);
        }

        return match.Decision switch
        {
            MatchDecision.Answer => await AnswerAsync(dc, match.Answer!, match.TopScore, cancellationToken),
            MatchDecision.Clarify => await ClarifyAsync(turn, match, cancellationToken),
            _ => await FallbackAsync(turn, TextKeys.Fallback, cancellationToken),
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

    // After a ticket is left, a new contact (我的电话是138 0013 8000) or anything the FAQ does not
    // answer goes into it rather than into a fallback; true when nothing more is to be said.
    private static async Task<bool> AddToTicketAsync(TurnContext turn, string ticket, MatchResult match, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text!;
        if (ContactRecognizer.Find(text) is { } contact)
        {
            turn.Effects.Add(new AddToTicket(text, contact));
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.TicketContactAdded, ("number", ticket), ("contact", MarkdownText.Escape(contact))), cancellationToken);
            return match.Decision != MatchDecision.Answer;
        }

        if (match.Decision != MatchDecision.Fallback || FollowUp(turn) is not null)
        {
            return false;
        }

        turn.Effects.Add(new AddToTicket(text, null));
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.TicketAdded, ("number", ticket)), cancellationToken);
        return true;
    }

    // "那被拒了呢" right after the answer about deposit refund times asks about deposit refunds: a short
    // follow-up question the matcher cannot place alone is read with the topic of the last answer,
    // and answered when that makes it clearly another item.
    private static MatchCandidate? FollowUp(TurnContext turn)
    {
        if (!QuestionCues.Asks(turn.Activity.Text) || turn.Data.ShownAnswers.LastOrDefault() is not { } last || turn.Knowledge.Find(last.Id) is not { } previous)
        {
            return null;
        }

        // Too short alone, but its best item is on the topic just answered (both tagged deposit, say).
        var alone = turn.Knowledge.Match(turn.Activity.Text);
        if (alone is { Rule: MatchRule.ShortText, Candidates: [var best, ..] } && best.Score >= ConfidentQuestion
            && best.Entry.Kind == EntryKind.Faq && best.Entry.Id != previous.Id && best.Entry.Tags.Intersect(previous.Tags, StringComparer.Ordinal).Any())
        {
            return best;
        }

        var match = turn.Knowledge.Match(previous.TitleFor(turn.Data.Locale) + " " + turn.Activity.Text);
        return match.Answer is { Kind: EntryKind.Faq } entry && entry.Id != previous.Id && match.TopScore >= ConfidentQuestion
            ? new MatchCandidate(entry, match.TopScore)
            : null;
    }

    // A typed title of one of the last message's buttons (都不是, a followup's title) is that button.
    private static string? OfferedTitle(TurnContext turn)
    {
        var typed = TextNormalizer.Normalize(turn.Activity.Text);
        return typed.Length == 0 ? null : turn.OfferedButtons.FirstOrDefault(b => TextNormalizer.Normalize(b.Title) == typed)?.Value;
    }

    // What a button value means here; null when it means nothing to the main dialog (the text is read instead).
    private async Task<DialogTurnResult?> PressAsync(DialogContext dc, string? value, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (value is null)
        {
            return null;
        }

        if (ButtonValues.EntryOf(value) is { } id && turn.Knowledge.Find(id) is { } entry)
        {
            return await AnswerAsync(dc, entry, 1.0, cancellationToken);
        }

        switch (value)
        {
            case ButtonValues.FaqMenu:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.FaqMenu), turn.Texts.ButtonsOf(TextKeys.FaqMenu), cancellationToken);
                return EndOfTurn;
            case ButtonValues.ClarifyNone:
                return await FallbackAsync(turn, TextKeys.ClarifyNoneReply, cancellationToken);
            case ButtonValues.Yes when turn.Offer is not null:
                return await PressAsync(dc, turn.Offer, cancellationToken);
            case ButtonValues.No when turn.Offer is not null:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferDeclined), MenuButtons.Services(turn), cancellationToken);
                return EndOfTurn;
        }

        return ButtonValues.CommandOf(value) == nameof(WalkthroughCommand.Resume) ? await ResumePausedAsync(dc, cancellationToken) : null;
    }

    // After the bot offered a human, 好的 / 要 accepts it (弄好了 reports, it does not agree); after
    // an answer's related questions, 要 or yes asks which (or "1" picks one) and 好的 / 嗯 just says
    // "understood"; 不用 declines. Anything else (嗯, 不知道, ok, 666, ?) with nothing to answer means
    // the bot cannot know what the merchant wants: ask, with the menu.
    private async Task<DialogTurnResult> ContentFreeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var text = turn.Activity.Text;
        var humanOffered = turn.Offer == MenuButtons.Human(turn).Value;
        var offered = turn.Offer is not null || turn.OfferedChoices;
        if (turn.OfferedChoices && ChoiceRecognizer.Recognize(text, turn.OfferedButtons.Select(b => new Choice(b.Value, null, b.Title)).ToList()) is { } picked)
        {
            return await PressAsync(dc, picked.Value, cancellationToken) ?? EndOfTurn;
        }

        switch (ReplyLexicon.Classify(text))
        {
            case ReplyKind.Yes when turn.Offer is not null && ReplyLexicon.Agrees(text, firmly: !humanOffered):
                return await PressAsync(dc, turn.Offer, cancellationToken) ?? EndOfTurn;
            case ReplyKind.Yes when turn.OfferedChoices && ReplyLexicon.Agrees(text, firmly: true):
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferWhich), turn.OfferedButtons, cancellationToken);
                turn.OfferChoices();
                return EndOfTurn;
            case ReplyKind.Yes or ReplyKind.No or ReplyKind.Filler when offered:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.OfferDeclined), MenuButtons.Services(turn), cancellationToken);
                return EndOfTurn;
            default:
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.MenuAsk), MenuButtons.All(turn), cancellationToken);
                return EndOfTurn;
        }
    }

    private async Task<DialogTurnResult> AnswerAsync(DialogContext dc, FaqEntry entry, double score, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        switch (entry.Kind)
        {
            case EntryKind.Flow:
                turn.Data.ConsecutiveFallbacks = 0;
                return await BeginFlowAsync(dc, entry.Id, cancellationToken);
            case EntryKind.Escalate:
                return await EscalateAsync(dc, cancellationToken);
            default:
                await FaqAnswer.SendAsync(turn, entry, score, cancellationToken);
                if (entry.Escalate)
                {
                    turn.Data.OfferedHumanFor = EscalationReason.Topic;
                }

                await OfferHumanIfUpsetAsync(turn, cancellationToken);
                return EndOfTurn;
        }
    }

    // "保证金退款要多久？被拒绝了怎么办？": every FAQ question is answered in order; a walkthrough asked
    // for in the same message begins after them.
    private async Task<DialogTurnResult> AnswerSeveralAsync(DialogContext dc, IReadOnlyList<MatchCandidate> questions, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var answers = questions.Where(q => q.Entry.Kind == EntryKind.Faq).ToList();
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.SeveralQuestions, ("count", questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken);
        foreach (var answer in answers)
        {
            await FaqAnswer.SendAsync(turn, answer.Entry, answer.Score, cancellationToken);
        }

        return questions.FirstOrDefault(q => q.Entry.Kind != EntryKind.Faq) is { } flow
            ? await AnswerAsync(dc, flow.Entry, flow.Score, cancellationToken)
            : EndOfTurn;
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

    // Strong negative sentiment or urgency: offer a human (the button, or a plain yes, escalates at once).
    private static async Task OfferHumanIfUpsetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (Feelings.IsUpset(turn))
        {
            turn.Data.OfferedHumanFor = EscalationReason.Sentiment;
            await OfferHumanAsync(turn, TextKeys.OfferHuman, [MenuButtons.Human(turn)], cancellationToken);
        }
    }

    private static async Task OfferHumanAsync(TurnContext turn, string textKey, IReadOnlyList<Button> buttons, CancellationToken cancellationToken)
    {
        await turn.SendTextAsync(turn.Texts.Get(textKey), buttons, cancellationToken);
        turn.OfferYes(MenuButtons.Human(turn).Value);
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
        var buttons = match.ClarifyChoices.Select(c => new Button(c.Entry.TitleFor(turn.Data.Locale), ButtonValues.Entry(c.Entry.Id)))
            .Append(turn.Texts.Button(TextKeys.ClarifyNone, ButtonValues.ClarifyNone));
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.Clarify), buttons, cancellationToken);
        turn.OfferChoices();
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> FallbackAsync(TurnContext turn, string textKey, CancellationToken cancellationToken)
    {
        turn.Data.ConsecutiveFallbacks++;
        if (Feelings.IsUpset(turn))
        {
            turn.Data.OfferedHumanFor = EscalationReason.Sentiment;
            await OfferHumanAsync(turn, TextKeys.OfferHuman, [MenuButtons.Human(turn), MenuButtons.Faq(turn)], cancellationToken);
        }
        else if (turn.Data.ConsecutiveFallbacks >= 2)
        {
            turn.Data.OfferedHumanFor = EscalationReason.RepeatedFallback;
            await OfferHumanAsync(turn, TextKeys.FallbackOfferHuman, [MenuButtons.Human(turn), MenuButtons.Faq(turn)], cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(turn.Texts.Get(textKey), MenuButtons.Services(turn), cancellationToken);
        }

        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> ResumePausedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Data.PausedWalkthrough is null)
        {
            await dc.Context.SendTextAsync(dc.Context.Texts.Get(TextKeys.NothingPaused), [MenuButtons.Closure(dc.Context), MenuButtons.Deposit(dc.Context)], cancellationToken);
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
        // Named: it may have been saved days ago, or before the merchant went to the other walkthrough.
        var texts = dc.Context.Texts;
        var resume = dc.Context.Knowledge.FindFlow(paused.Id) is { } flow
            ? texts.Get(TextKeys.ResumeSaved, ("flow", texts.Say(flow.Name)))
            : texts.Get(TextKeys.ResumePrefix);
        await dc.Context.SendTextAsync(resume, cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }
}
