namespace ShopExit.Bot.Activities;

/// <summary>The activity types ShopExit sends or reacts to.</summary>
public static class ActivityTypes
{
    /// <summary>A message.</summary>
    public const string Message = "message";

    /// <summary>Someone is typing.</summary>
    public const string Typing = "typing";

    /// <summary>An event (<c>handoff.initiate</c>, <c>handoff.status</c>, ...).</summary>
    public const string Event = "event";

    /// <summary>Members joined or left.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";
}
