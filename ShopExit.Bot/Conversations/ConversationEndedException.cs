namespace ShopExit.Bot.Conversations;

/// <summary>
/// The merchant ended the conversation (an <c>endOfConversation</c> activity): nothing more of
/// theirs is added to it. Direct Line answers 403 <c>ConversationEnded</c>.
/// </summary>
public sealed class ConversationEndedException : Exception
{
    /// <summary>Creates the exception for a conversation.</summary>
    public ConversationEndedException(string conversationId)
        : base($"Conversation '{conversationId}' has ended.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConversationEndedException()
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public ConversationEndedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
