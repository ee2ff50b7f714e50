using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;
using static ShopExit.Bot.Dialogs.Flows.WalkthroughQuestions;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Nobody can take the conversation now (out of hours, or no agent online): say so plainly and
/// take a message that becomes a ticket in the queue: a contact that is one (a mobile number, an
/// email or a WeChat id), a description that says something, then a summary the merchant submits
/// or corrects (修改联系方式 / 修改问题描述; a new contact typed at the summary replaces the old
/// one). The merchant gets the ticket's number and the business hours. A merchant who already
/// has an open ticket is reminded of it rather than given a second one. Begun with a <see cref="TicketRequest"/>.
/// </summary>
public sealed class TicketDialog : WalkthroughDialog
{
    private const string Contact = "contact";
    private const string Description = "description";
    private const string Editing = "editing";

    private const string ContactText = "ticket-contact";
    private const string DescriptionText = "ticket-text";
    private const string ConfirmChoice = "ticket-confirm";

    private const string Submit = "submit";
    private const string EditContact = "contact";
    private const string EditDescription = "description";

    // The steps, by index, for going back to one of them from the summary.
    private const int ContactStep = 0;
    private const int DescriptionStep = 1;
    private const int SummaryStep = 2;

    // Only a clear FAQ match is answered where the contact is asked for.
    private const double ConfidentQuestion = 0.5;

    /// <summary>Creates the dialog; its questions refuse an empty reply (没有, 好的, ?) as a contact or a description.</summary>
    public TicketDialog()
        : base(DialogIds.Ticket, new WaterfallDialog(DialogIds.Steps, [AskContactAsync, AskDescriptionAsync, ConfirmAsync, FileOrEditAsync]))
    {
        AddDialog(new TextPrompt(ContactText, (context, _) => Task.FromResult(context.Recognized.Succeeded && ContactRecognizer.Find(context.Context.Activity.Text) is not null)));
        AddDialog(new TextPrompt(DescriptionText, (context, _) => Task.FromResult(context.Recognized.Succeeded && TicketReplies.SaysSomething(context.Context.Activity.Text))));
        AddDialog(new ChoicePrompt(ConfirmChoice, (context, _) => Task.FromResult(TicketReplies.AnswersSummary(context, Submit))));
    }

    /// <inheritdoc />
    protected override bool AnswersFaqQuestions => false;

    /// <inheritdoc />
    protected override string CancelledKey => TextKeys.TicketCancelled;

    /// <inheritdoc />
    protected override bool CanPause => false;

    /// <inheritdoc />
    protected override string NameOf(TurnContext turn) => turn.Texts.Get(TextKeys.TicketName);

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        // One open ticket per conversation: what the merchant writes next is added to it.
        if (innerDc.Context.Data.OpenTicket is { } open)
        {
            var turn = innerDc.Context;
            await turn.SendTextAsync(SupportHours.Join(turn, turn.Texts.Get(TextKeys.TicketAlreadyOpen, ("number", open)), SupportHours.Sentence(turn)), cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        // 你们客服几点上班？ in the middle is a question, not a contact or a description.
        var turn = innerDc.Context;
        if (ButtonValues.Of(turn.Activity) is null && SupportHours.IsAsked(turn.Activity.Text))
        {
            await SupportHours.AnswerAsync(turn, cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        // 转人工 again at the contact or the description: the merchant may have missed that nobody is
        // there, so say it again rather than "that is no contact".
        if (innerDc.ActiveDialog?.Id is ContactText or DescriptionText && ButtonValues.Of(turn.Activity) is null && TicketReplies.OnlyAsksForHuman(turn.Activity.Text))
        {
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffUnavailable), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        // A question where the contact is asked for (保证金多久到账？) is answered, then the contact
        // asked again; at the description the same words are the description.
        if (innerDc.ActiveDialog?.Id == ContactText && ButtonValues.Of(turn.Activity) is null && ContactRecognizer.Find(turn.Activity.Text) is null
            && QuestionCues.Asks(turn.Activity.Text)
            && MessageQuestions.Find(turn.Knowledge, turn.Activity.Text, ConfidentQuestion).Where(q => q.Entry.Kind == EntryKind.Faq).ToList() is { Count: > 0 } questions)
        {
            foreach (var question in questions)
            {
                await FaqAnswer.SendAsync(turn, question.Entry, question.Score, cancellationToken);
            }

            await turn.SendTextAsync(turn.Texts.Get(TextKeys.ResumePrefix), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is null && step.Reason == DialogReason.BeginCalled && step.Values.Count == 0)
        {
            await step.Context.SendTextAsync(step.Context.Texts.Get(TextKeys.HandoffUnavailable), cancellationToken);
        }

        var texts = step.Context.Texts;
        return await step.PromptAsync(ContactText, new PromptOptions
        {
            Name = TextKeys.TicketContact,
            Prompt = Message(texts.Get(TextKeys.TicketContact)),
            Hints = [Message(texts.Get(TextKeys.TicketContactHint))],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string contact)
        {
            step.Values[Contact] = ContactRecognizer.Find(contact) ?? contact;
        }

        // Only the contact was being corrected: back to the summary.
        if (step.Values[Editing]?.GetValue<string>() == EditContact && step.Values[Description]?.GetValue<string>() is { } description)
        {
            step.Values.Remove(Editing);
            return await step.NextAsync(description, cancellationToken);
        }

        var texts = step.Context.Texts;
        return await step.PromptAsync(DescriptionText, new PromptOptions
        {
            Name = TextKeys.TicketDescription,
            Prompt = Message(texts.Get(TextKeys.TicketDescription)),
            Hints = [Message(texts.Get(TextKeys.TicketDescriptionHint))],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string description)
        {
            step.Values[Description] = description.Trim();
        }

        var texts = step.Context.Texts;
        var summary = texts.Get(
            TextKeys.TicketSummary,
            ("contact", MarkdownText.Escape(step.Values[Contact]?.GetValue<string>() ?? string.Empty)),
            ("description", MarkdownText.Escape(step.Values[Description]?.GetValue<string>() ?? string.Empty)));
        return step.PromptAsync(ConfirmChoice, new PromptOptions
        {
            Name = TextKeys.TicketSummary,
            Prompt = Message(summary),
            Hints = [Message(texts.Get(TextKeys.TicketSummaryHint))],
            Choices =
            [
                new Choice(Submit, [.. texts.AllVariants(TextKeys.TicketSubmitButton), "提交", "确认", "确认提交", "没问题", "submit", "confirm", "send"], texts.Get(TextKeys.TicketSubmitButton)),
                new Choice(EditContact, [.. texts.AllVariants(TextKeys.TicketEditContactButton), "联系方式", "电话", "手机号", "号码", "邮箱", "微信", "contact", "phone", "email"], texts.Get(TextKeys.TicketEditContactButton)),
                new Choice(EditDescription, [.. texts.AllVariants(TextKeys.TicketEditDescriptionButton), "问题", "描述", "内容", "description", "problem"], texts.Get(TextKeys.TicketEditDescriptionButton)),
            ],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FileOrEditAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var clicked = ButtonValues.ChoiceOf(ButtonValues.Of(turn.Activity)) is not null;
        var waterfall = (WaterfallDialog)step.DialogContext.Find(step.DialogContext.ActiveDialog!);

        // 我的电话是138 0013 8000 at the summary: that is the contact now; show the summary again.
        if (!clicked && ContactRecognizer.Find(turn.Activity.Text) is { } contact)
        {
            step.Values[Contact] = contact;
            return await waterfall.RunStepAgainAsync(step.DialogContext, SummaryStep, cancellationToken);
        }

        // More detail typed at the summary: added to the problem, and the summary shown again.
        if (!clicked && TicketReplies.AddsDetail(turn.Activity.Text, step.Result as FoundChoice))
        {
            var separator = turn.IsEnglish ? "; " : "；";
            step.Values[Description] = $"{step.Values[Description]?.GetValue<string>()}{separator}{turn.Activity.Text!.Trim()}";
            return await waterfall.RunStepAgainAsync(step.DialogContext, SummaryStep, cancellationToken);
        }

        switch ((step.Result as FoundChoice)?.Value)
        {
            case EditContact:
                step.Values[Editing] = EditContact;
                return await waterfall.RunStepAgainAsync(step.DialogContext, ContactStep, cancellationToken);
            case EditDescription:
                return await waterfall.RunStepAgainAsync(step.DialogContext, DescriptionStep, cancellationToken);
            default:
                return await FileAsync(step, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> FileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<TicketRequest>() ?? new TicketRequest(EscalationReason.Requested, null);
        var turn = step.Context;
        var number = TicketNumbers.New();
        var contact = step.Values[Contact]?.GetValue<string>();
        var description = step.Values[Description]?.GetValue<string>();
        turn.Effects.Add(new EnqueueHandoff(HandoffKind.Ticket, request.Reason, request.Walkthrough, contact, description, number));
        turn.Data.OpenTicket = number;
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.TicketCreated, ("number", number), ("contact", MarkdownText.Escape(contact ?? string.Empty)), ("hours", SupportHours.Sentence(turn))), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
