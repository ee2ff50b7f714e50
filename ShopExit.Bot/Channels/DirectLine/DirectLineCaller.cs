namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>Who is calling: a server with the secret, or a client with a token.</summary>
/// <param name="Token">The token's claims, or null for the secret.</param>
public sealed record DirectLineCaller(TokenClaims? Token)
{
    /// <summary>The secret holder: may open any conversation.</summary>
    public static readonly DirectLineCaller Secret = new((TokenClaims?)null);

    /// <summary>Whether the caller holds the secret.</summary>
    public bool IsSecret => Token is null;

    /// <summary>Whether the caller may use this conversation: a token opens only its own.</summary>
    public bool MayUse(string conversationId) => IsSecret || string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal);
}
