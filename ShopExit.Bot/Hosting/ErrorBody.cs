namespace ShopExit.Bot.Hosting;

/// <summary>The error itself.</summary>
/// <param name="Code">A machine-readable code (<c>BadArgument</c>, <c>NotFound</c>, <c>AlreadyClaimed</c>, ...).</param>
/// <param name="Message">A human-readable message.</param>
public sealed record ErrorBody(string Code, string Message);
