using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Matching;
using static ShopExit.Bot.Dialogs.Flows.WalkthroughQuestions;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Nobody can take the conversation now (out of hours, or no agent online): say so plainly and
/// take a message, contact then description, that becomes a ticket in the queue.
/// Begun with a <see cref="TicketRequest"/>.
/// </summary>
public sealed class TicketDialog : WalkthroughDialog
{
    private const string Contact = "contact";

    /// <summary>Creates the dialog; its questions refuse an empty reply (没有, 好的, ?) as a contact or a description.</summary>
    public TicketDialog()
        : base(DialogIds.Ticket, new WaterfallDialog(DialogIds.Steps, [AskContactAsync, AskDescriptionAsync, CreateTicketAsync]))
    {
        AddDialog(new TextPrompt(ContactText, (context, _) => Task.FromResult(context.Recognized.Succeeded && ContactRecognizer.Find(context.Context.Activity.Text) is not null)));
        AddDialog(new TextPrompt(TicketText, (context, _) => Task.FromResult(context.Recognized.Succeeded && SaysSomething(context.Context.Activity.Text))));
    }

    // 没有, 好的 or ? describes nothing.
    private static bool SaysSomething(string? text) => !ReplyLexicon.IsContentFree(text) && TextNormalizer.Normalize(text).Length >= 2;

    private const string ContactText = "ticket-contact";

    private const string TicketText = "ticket-text";

    /// <inheritdoc />
    protected override bool AnswersFaqQuestions => false;

    /// <inheritdoc />
    protected override string CancelledKey => TextKeys.TicketCancelled;

    /// <inheritdoc />
    protected override bool CanPause => false;

    /// <inheritdoc />
    protected override string NameOf(TurnContext turn) => turn.Texts.Get(TextKeys.TicketName);

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

    private static Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string contact)
        {
            step.Values[Contact] = ContactRecognizer.Find(contact) ?? contact;
        }

        var texts = step.Context.Texts;
        return step.PromptAsync(TicketText, new PromptOptions
        {
            Name = TextKeys.TicketDescription,
            Prompt = Message(texts.Get(TextKeys.TicketDescription)),
            Hints = [Message(texts.Get(TextKeys.TicketDescriptionHint))],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> CreateTicketAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<TicketRequest>() ?? new TicketRequest(EscalationReason.Requested, null);
        var turn = step.Context;
        var number = TicketNumbers.New();
        var contact = step.Values[Contact]?.GetValue<string>();
        turn.Effects.Add(new EnqueueHandoff(HandoffKind.Ticket, request.Reason, request.Walkthrough, contact, step.Result as string, number));
        await turn.SendTextAsync(turn.Texts.Get(TextKeys.TicketCreated, ("number", number), ("contact", contact ?? string.Empty), ("hours", HoursOf(turn))), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // 客服工作时间：每天 09:00–21:00（北京时间）。; nothing when agents are always there.
    private static string HoursOf(TurnContext turn)
    {
        var hours = turn.Environment.BusinessHours;
        if (hours.Replace(" ", string.Empty, StringComparison.Ordinal) == "00:00-00:00")
        {
            return string.Empty;
        }

        var zone = turn.Environment.TimeZone == "Asia/Shanghai" ? turn.Texts.Get(TextKeys.TicketBeijingTime) : turn.Environment.TimeZone;
        return turn.Texts.Get(TextKeys.TicketHours, ("hours", hours.Replace("-", "–", StringComparison.Ordinal)), ("zone", zone));
    }
}
