using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Where the dialogs ask for a human. With an agent available (business hours, someone online) the
/// conversation goes to <c>WaitingForAgent</c> and into the queue once the turn commits. Without
/// one it returns false and the caller takes a ticket instead: the bot never promises a human who
/// is not there.
/// </summary>
public static class Escalation
{
    /// <summary>Asks for a live agent; false when nobody can take the conversation now.</summary>
    public static bool TryRequest(TurnContext turn, EscalationReason reason, WalkthroughSnapshot? walkthrough)
    {
        if (!turn.Environment.AgentsAvailable || turn.Data.Mode != ConversationMode.Bot)
        {
            return turn.Data.Mode != ConversationMode.Bot;
        }

        turn.Data.Mode = ConversationMode.WaitingForAgent;
        turn.Effects.Add(new EnqueueHandoff(HandoffKind.Live, reason, walkthrough));
        return true;
    }
}
