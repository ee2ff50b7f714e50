using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Waiting live chats whose merchant left: silent for <see cref="HandoffOptions.AbandonAfter"/>
/// with no chat page open. Each is closed with a note in the transcript, or becomes a ticket when
/// the merchant wrote a contact in the chat, so nobody works a queue of empty chairs and nobody
/// who can be called back is dropped. The change and its <c>handoff.status</c> event (state
/// <c>abandoned</c>) commit together; the event's turn gives the conversation back to the bot.
/// </summary>
public sealed class HandoffAbandonment(
    IHandoffStore handoffs,
    IConversationStore conversations,
    ConversationService service,
    ConversationHub streams,
    HandoffNotifier notifier,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffAbandonment> logger)
{
    // How far back a conversation is read for the merchant's last word and contact.
    private const int Recent = 50;

    /// <summary>Closes the waiting chats whose merchant left; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var closed = 0;
        foreach (var handoff in await handoffs.ListAsync(HandoffStatus.Waiting, cancellationToken))
        {
            if (handoff.Kind != HandoffKind.Live || now - handoff.WaitingSince < options.Value.AbandonAfter || await streams.IsListeningAsync(handoff.ConversationId, cancellationToken))
            {
                continue;
            }

            var recent = (await conversations.GetLatestActivitiesAsync(handoff.ConversationId, Recent, cancellationToken))
                .Where(a => a.Activity.From?.Role == RoleTypes.User)
                .ToList();
            if (recent.LastOrDefault()?.Activity.Timestamp is { } lastSaid && now - lastSaid < options.Value.AbandonAfter)
            {
                continue;
            }

            if (await AbandonAsync(handoff, recent, cancellationToken))
            {
                closed++;
            }
        }

        if (closed > 0)
        {
            await notifier.AnnouncePositionsAsync(cancellationToken);
        }

        return closed;
    }

    private async Task<bool> AbandonAsync(HandoffRecord handoff, IReadOnlyList<StoredActivity> said, CancellationToken cancellationToken)
    {
        // The newest contact the merchant wrote, masked as every ticket's is.
        var contact = said.Select(a => ContactRecognizer.Find(a.Activity.Text)).LastOrDefault(c => c is not null);
        var ticket = contact is null ? null : TicketNumbers.New();
        var asTicket = ticket is null ? null : handoff.Context with
        {
            Contact = PiiMasker.MaskFound(contact!),
            Description = said.LastOrDefault(a => HandoffPreviews.SaysSomething(a.Activity)) is { } last ? HandoffPreviews.Of(last.Activity, last.Analysis).Text : null,
            TicketNumber = ticket,
        };
        Activity[] events = [AbandonedEvent(ticket, asTicket?.Contact)];
        service.Prepare(handoff.ConversationId, events);
        var update = await handoffs.TryAbandonAsync(handoff.Id, asTicket, events, cancellationToken);
        if (!update.Applied)
        {
            // Claimed or cancelled in the meantime.
            return false;
        }

        service.Deliver(handoff.ConversationId, update.Appended);
        logger.LogInformation("Handoff {HandoffId}: the merchant left; {Outcome}", handoff.Id, ticket is null ? "closed" : $"now ticket {ticket}");
        await notifier.PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }

    // The desk's event: its turn hands the conversation back to the bot and tells the merchant.
    private static Activity AbandonedEvent(string? ticket, string? contact) => new()
    {
        Type = ActivityTypes.Event,
        Name = TurnActivities.HandoffStatus,
        From = Accounts.Bot,
        Value = JsonSerializer.SerializeToElement(new { state = "abandoned", ticket, contact }, ActivityJson.Options),
    };
}
