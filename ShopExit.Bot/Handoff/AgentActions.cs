using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// What an agent does with a handoff. Every change of the conversation's mode happens in a bot
/// turn, started by the <c>handoff.status</c> event written here, so the state and the
/// transcript never disagree.
/// </summary>
public sealed class AgentActions(IHandoffStore handoffs, ConversationService conversations, TranscriptWriter transcript, HandoffNotifier notifier)
{
    /// <summary>Claims a waiting handoff: true for the one agent who gets it.</summary>
    public async Task<bool> ClaimAsync(string id, AgentAccount agent, CancellationToken cancellationToken)
    {
        if (!await handoffs.TryMoveAsync(id, HandoffStatus.Waiting, HandoffStatus.Active, agent.Username, cancellationToken))
        {
            return false;
        }

        var handoff = (await handoffs.GetAsync(id, cancellationToken))!;
        if (handoff.Kind == HandoffKind.Live)
        {
            // A ticket is followed up outside the chat: its conversation stays with the bot.
            await conversations.AppendAsync(handoff.ConversationId, [HandoffActivities.StatusEvent(agent, "accepted")], cancellationToken);
            await notifier.AnnouncePositionsAsync(cancellationToken);
        }

        await notifier.PublishUpdatedAsync(handoff, cancellationToken);
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
        if (!await handoffs.TryTransferAsync(handoff.Id, handoff.AssignedTo!, to.Username, cancellationToken))
        {
            return false;
        }

        await conversations.AppendAsync(handoff.ConversationId, [HandoffActivities.StatusEvent(to, "transferred")], cancellationToken);
        await notifier.PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }

    /// <summary>Resolves an active handoff: the bot takes the conversation back and asks for a rating.</summary>
    public async Task<bool> ResolveAsync(HandoffRecord handoff, AgentAccount agent, CancellationToken cancellationToken)
    {
        if (!await handoffs.TryMoveAsync(handoff.Id, handoff.Status, HandoffStatus.Resolved, null, cancellationToken))
        {
            return false;
        }

        if (handoff.Kind == HandoffKind.Live)
        {
            await conversations.AppendAsync(handoff.ConversationId, [HandoffActivities.StatusEvent(agent, "completed")], cancellationToken);
        }

        await notifier.PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }
}
