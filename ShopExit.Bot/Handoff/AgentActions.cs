using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// What an agent does with a handoff. Every change of the conversation's mode happens in a bot
/// turn, started by the <c>handoff.status</c> event written here, so the state and the
/// transcript never disagree. The handoff's change and its event commit in one transaction; the
/// event's turn, the streams and the agents hear of it after the commit.
/// </summary>
public sealed class AgentActions(IHandoffStore handoffs, ConversationService conversations, TranscriptWriter transcript, HandoffNotifier notifier)
{
    /// <summary>Claims a waiting handoff: true for the one agent who gets it.</summary>
    public async Task<bool> ClaimAsync(HandoffRecord handoff, AgentAccount agent, CancellationToken cancellationToken)
    {
        // A ticket taken is the agent's conversation too: what the merchant replies in the chat goes
        // to the agent, not the bot, until the agent resolves it.
        Activity[] events = [HandoffActivities.StatusEvent(agent, "accepted")];
        if (!await CommitAsync(handoff, events, () => handoffs.TryMoveAsync(handoff.Id, HandoffStatus.Waiting, HandoffStatus.Active, agent.Username, events, cancellationToken)))
        {
            return false;
        }

        if (handoff.Kind == HandoffKind.Live)
        {
            await notifier.AnnouncePositionsAsync(cancellationToken);
        }

        await notifier.PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }

    /// <summary>Sends an agent's message to the merchant's chat, from the agent, by name.</summary>
    public async Task<string> SendAsync(HandoffRecord handoff, AgentAccount agent, string text, CancellationToken cancellationToken)
    {
        var stored = await conversations.AppendAsync(handoff.ConversationId, [new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            From = HandoffActivities.AgentAccountOf(agent),
            InputHint = InputHints.AcceptingInput,
        }], cancellationToken);
        return stored[0].Activity.Id!;
    }

    /// <summary>Shows the agent typing in the merchant's chat.</summary>
    public void Typing(HandoffRecord handoff, AgentAccount agent) => transcript.PublishTyping(handoff.ConversationId, HandoffActivities.AgentAccountOf(agent));

    /// <summary>Gives an active handoff to another agent.</summary>
    public async Task<bool> TransferAsync(HandoffRecord handoff, AgentAccount to, CancellationToken cancellationToken)
    {
        Activity[] events = [HandoffActivities.StatusEvent(to, "transferred")];
        if (!await CommitAsync(handoff, events, () => handoffs.TryTransferAsync(handoff.Id, handoff.AssignedTo!, to.Username, events, cancellationToken)))
        {
            return false;
        }

        await notifier.PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }

    /// <summary>Resolves an active handoff: the bot takes the conversation back and asks for a rating.</summary>
    public async Task<bool> ResolveAsync(HandoffRecord handoff, AgentAccount agent, CancellationToken cancellationToken)
    {
        Activity[] events = [HandoffActivities.StatusEvent(agent, "completed")];
        if (!await CommitAsync(handoff, events, () => handoffs.TryMoveAsync(handoff.Id, handoff.Status, HandoffStatus.Resolved, null, events, cancellationToken)))
        {
            return false;
        }

        await notifier.PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }

    // The store's conditional change appends the events in its own transaction; only the winner's
    // events exist, and they are delivered (streams, the event's turn) after that commit.
    private async Task<bool> CommitAsync(HandoffRecord handoff, IReadOnlyList<Activity> events, Func<Task<HandoffUpdate>> change)
    {
        conversations.Prepare(handoff.ConversationId, events);
        var update = await change();
        if (update.Applied)
        {
            conversations.Deliver(handoff.ConversationId, update.Appended);
        }

        return update.Applied;
    }
}
