using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Tells people what committed turns and agent actions changed: agents through the hub (a new or
/// updated handoff, a merchant's message or typing), waiting merchants their place in the queue.
/// Everything here runs after the change is committed and may be lost in a crash without harm:
/// agents' consoles reload the queue, and every message is in the transcript.
/// </summary>
public sealed class HandoffNotifier(
    IHandoffStore handoffs,
    IConversationStore conversations,
    TranscriptWriter transcript,
    FaqKnowledge knowledge,
    IHubContext<AgentHub> hub) : ITurnObserver
{
    // Queue positions worth telling a waiting merchant about.
    private static readonly int[] PositionsToAnnounce = [1, 2, 3, 5, 10, 20];

    // The place each waiting merchant was last told, so a place is never announced twice.
    private readonly ConcurrentDictionary<string, int> _announced = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task AfterCommitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var effect in turn.Effects)
        {
            switch (effect)
            {
                case HandoffOpened opened:
                    _announced[opened.Handoff.Id] = opened.Position;
                    await hub.Clients.Group(AgentHub.AllAgents).SendAsync("handoffCreated", opened.Handoff, cancellationToken);
                    break;
                case AddToTicket when await handoffs.FindLatestAsync(turn.ConversationId, HandoffKind.Ticket, cancellationToken) is { } ticket:
                    await PublishUpdatedAsync(ticket, cancellationToken);
                    break;
                case CancelHandoff when await handoffs.FindLatestAsync(turn.ConversationId, HandoffKind.Live, cancellationToken) is { Status: HandoffStatus.Cancelled } cancelled:
                    await PublishUpdatedAsync(cancelled, cancellationToken);
                    await AnnouncePositionsAsync(cancellationToken);
                    break;
            }
        }

        if (turn.Activity.Type == ActivityTypes.Message && turn.Activity.From?.Role == RoleTypes.User && turn.Data.Mode != ConversationMode.Bot
            && await handoffs.FindOpenAsync(turn.ConversationId, cancellationToken) is { } open)
        {
            var message = new { handoffId = open.Id, conversationId = turn.ConversationId, activity = AgentView.Of(turn.Activity, turn.Analysis) };
            await Target(open).SendAsync("merchantMessage", message, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task MerchantTypingAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await handoffs.FindOpenAsync(conversationId, cancellationToken) is { Status: HandoffStatus.Active } open)
        {
            await Target(open).SendAsync("merchantTyping", new { handoffId = open.Id }, cancellationToken);
        }
    }

    /// <summary>Tells every agent a handoff changed.</summary>
    public async Task PublishUpdatedAsync(HandoffRecord handoff, CancellationToken cancellationToken) =>
        await hub.Clients.Group(AgentHub.AllAgents).SendAsync("handoffUpdated", handoff, cancellationToken);

    /// <summary>Tells waiting merchants their new place when it reaches a round number, not on every move.</summary>
    public async Task AnnouncePositionsAsync(CancellationToken cancellationToken)
    {
        var content = knowledge.Current.Content;
        var waiting = (await handoffs.ListAsync(HandoffStatus.Waiting, cancellationToken)).Where(h => h.Kind == HandoffKind.Live).ToList();
        foreach (var gone in _announced.Keys.Except(waiting.Select(w => w.Id), StringComparer.Ordinal))
        {
            _announced.TryRemove(gone, out _);
        }

        for (var i = 0; i < waiting.Count; i++)
        {
            var position = i + 1;
            var previous = _announced.GetValueOrDefault(waiting[i].Id);
            _announced[waiting[i].Id] = position;
            if (PositionsToAnnounce.Contains(position) && position != previous)
            {
                var record = await conversations.GetAsync(waiting[i].ConversationId, cancellationToken);
                var text = content.Text(TextKeys.HandoffPosition)!.For(record?.Data.Platform).For(record?.Data.Locale)
                    .Replace("{position}", position.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Trim();
                await transcript.AppendAsync(waiting[i].ConversationId, [HandoffActivities.BotMessage(text)], cancellationToken);
            }
        }
    }

    /// <summary>Who hears about a handoff: its agent, or every agent while nobody has it.</summary>
    public IClientProxy Target(HandoffRecord handoff) =>
        handoff.AssignedTo is { } agent ? hub.Clients.Group(AgentHub.AgentGroup(agent)) : hub.Clients.Group(AgentHub.AllAgents);
}
