using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Who answers the turn. While the conversation waits for or belongs to an agent, the bot stays
/// silent: the message is in the transcript and <see cref="HandoffNotifier"/> relays it to the
/// agent (取消 while waiting goes back to the bot). A <c>handoff.status</c> event changes the mode
/// in a turn of its own, so the state and the transcript never disagree; after <c>completed</c>
/// the dialogs run (they ask for a rating).
/// </summary>
public sealed class HandoffRoutingMiddleware : IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (TurnActivities.HandoffState(activity) is { } state)
        {
            if (await OnStatusAsync(turn, state, cancellationToken))
            {
                await next(cancellationToken);
            }

            return;
        }

        if (activity.Type == ActivityTypes.Message && turn.Data.Mode != ConversationMode.Bot)
        {
            if (turn.Data.Mode == ConversationMode.WaitingForAgent && WalkthroughCommands.Recognize(activity.Text) == WalkthroughCommand.Cancel)
            {
                turn.Data.Mode = ConversationMode.Bot;
                turn.Effects.Add(new CancelHandoff());
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffCancelled), cancellationToken);
            }

            return;
        }

        await next(cancellationToken);
    }

    // Accepted: the merchant is told who joined. Completed or failed: the bot takes over again and
    // says so; true when the dialogs should run next (a rating after completed).
    private static async Task<bool> OnStatusAsync(TurnContext turn, string state, CancellationToken cancellationToken)
    {
        // The agent's display name is the operator's to choose: it goes into Markdown escaped.
        var agent = MarkdownText.Escape(turn.Activity.From?.Name ?? string.Empty);
        switch (state)
        {
            case "accepted" when turn.Data.OpenTicket is { } ticket:
                // The merchant left a message and an agent took it: the chat is the agent's now.
                turn.Data.OpenTicket = null;
                turn.Data.Mode = ConversationMode.WithAgent;
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.TicketAccepted, ("agent", agent), ("number", ticket)), cancellationToken);
                return false;
            case "accepted":
                turn.Data.Mode = ConversationMode.WithAgent;
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffAccepted, ("agent", agent)), cancellationToken);
                return false;
            case "abandoned" when turn.Data.Mode == ConversationMode.WaitingForAgent:
                await OnAbandonedAsync(turn, cancellationToken);
                return false;
            case "completed" when turn.Data is { Mode: ConversationMode.Bot, OpenTicket: { } closed }:
                // A ticket closed without being taken (followed up by phone, say).
                turn.Data.OpenTicket = null;
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.TicketClosed, ("number", closed)), cancellationToken);
                return true;
            case "transferred":
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffTransferred, ("agent", agent)), cancellationToken);
                return false;
            case "completed":
            case "failed":
                turn.Data.Mode = ConversationMode.Bot;
                await turn.SendTextAsync(turn.Texts.Get(state == "completed" ? TextKeys.HandoffCompleted : TextKeys.HandoffFailed), cancellationToken);
                return state == "completed";
            default:
                return false;
        }
    }

    // The merchant left while waiting: the chat is closed, or is a ticket now (the desk found a contact).
    private static async Task OnAbandonedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Data.Mode = ConversationMode.Bot;
        var value = turn.Activity.Value!.Value;
        if (value.TryGetProperty("ticket", out var number) && number.GetString() is { } ticket)
        {
            turn.Data.OpenTicket = ticket;
            var contact = value.TryGetProperty("contact", out var masked) ? masked.GetString() ?? string.Empty : string.Empty;
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffAbandonedTicket, ("number", ticket), ("contact", MarkdownText.Escape(contact))), cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffAbandoned), cancellationToken);
        }
    }
}
