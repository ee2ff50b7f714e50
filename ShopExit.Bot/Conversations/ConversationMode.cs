namespace ShopExit.Bot.Conversations;

/// <summary>Who answers the merchant: <c>Bot</c> → <c>WaitingForAgent</c> → <c>WithAgent</c> → back to <c>Bot</c>.</summary>
public enum ConversationMode
{
    /// <summary>The dialogs answer.</summary>
    Bot,

    /// <summary>A handoff is queued; the bot stays silent except for queue updates.</summary>
    WaitingForAgent,

    /// <summary>An agent owns the conversation; messages go to the agent, never to the dialogs.</summary>
    WithAgent,
}
