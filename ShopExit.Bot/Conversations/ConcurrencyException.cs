namespace ShopExit.Bot.Conversations;

/// <summary>A turn tried to commit over a newer version of the conversation; the turn is run again.</summary>
public sealed class ConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyException(string conversationId)
        : base($"Conversation '{conversationId}' changed while a turn was running.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConcurrencyException()
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public ConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
