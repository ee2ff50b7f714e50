using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Nobody can take the conversation now (out of hours, or no agent online): say so plainly and
/// take a message, contact then description, that becomes a ticket in the queue.
/// Begun with a <see cref="TicketRequest"/>.
/// </summary>
public sealed class TicketDialog() : WalkthroughDialog(DialogIds.Ticket, TextKeys.TicketName)
{
    private const string Contact = "contact";

    /// <inheritdoc />
    protected override bool AnswersFaqQuestions => false;

    /// <inheritdoc />
    protected override bool CanPause => false;

    /// <inheritdoc />
    protected override IEnumerable<WaterfallStep> Steps() => [AskContactAsync, AskDescriptionAsync, CreateTicketAsync];

    private static async Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is null && step.Reason == DialogReason.BeginCalled && step.Values.Count == 0)
        {
            await step.Context.SendTextAsync(step.Context.Texts.Get(TextKeys.HandoffUnavailable), cancellationToken);
        }

        var ask = step.Context.Texts.Get(TextKeys.TicketContact);
        return await step.PromptAsync(DialogIds.Text, new PromptOptions { Prompt = Message(ask), RetryPrompt = Message(ask) }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string contact)
        {
            step.Values[Contact] = contact;
        }

        var ask = step.Context.Texts.Get(TextKeys.TicketDescription);
        return step.PromptAsync(DialogIds.Text, new PromptOptions { Prompt = Message(ask), RetryPrompt = Message(ask) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> CreateTicketAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<TicketRequest>() ?? new TicketRequest(EscalationReason.Requested, null);
        step.Context.Effects.Add(new EnqueueHandoff(HandoffKind.Ticket, request.Reason, request.Walkthrough, step.Values[Contact]?.GetValue<string>(), step.Result as string));
        await step.Context.SendTextAsync(step.Context.Texts.Get(TextKeys.TicketCreated), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
