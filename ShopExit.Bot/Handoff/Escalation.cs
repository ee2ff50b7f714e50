using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Where the dialogs ask for a human. Until the agent console exists there is nobody to hand
/// over to, so the merchant is told so plainly and pointed to the platform's customer service:
/// the bot never promises a human who is not there.
/// </summary>
public static class Escalation
{
    /// <summary>Asks for a human for this conversation.</summary>
    public static Task RequestAsync(TurnContext turn, EscalationReason reason, WalkthroughSnapshot? walkthrough, CancellationToken cancellationToken) =>
        turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffUnavailable), cancellationToken);
}
