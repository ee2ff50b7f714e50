namespace ShopExit.Bot.Hosting;

/// <summary>The error body every API here answers with: <c>{"error":{"code","message"}}</c> (Direct Line's shape).</summary>
/// <param name="Error">The error.</param>
public sealed record ErrorResponse(ErrorBody Error);
