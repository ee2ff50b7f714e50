namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
/// <param name="ConversationId">The only conversation the token opens.</param>
/// <param name="UserId">The user the token speaks as (Web Chat reads it from the <c>user</c> claim).</param>
/// <param name="UserName">The user's display name, if given.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record TokenClaims(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt);
