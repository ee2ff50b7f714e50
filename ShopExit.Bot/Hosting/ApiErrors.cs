namespace ShopExit.Bot.Hosting;

/// <summary>
/// The error shape of every API here (Direct Line's, <c>{"error":{"code","message"}}</c>; the agent
/// API uses it too). DirectLineJS and Web Chat treat 403 and 404 as final, so each status is used
/// only for what it means.
/// </summary>
public static class ApiErrors
{
    /// <summary>400: the request is malformed.</summary>
    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>403: no valid credentials, or not for this conversation.</summary>
    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    /// <summary>403: the token expired.</summary>
    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; refresh it or get a new one.");

    /// <summary>403: the merchant ended the conversation (<c>endOfConversation</c>); its history can still be read.</summary>
    public static IResult ConversationEnded() => Error(StatusCodes.Status403Forbidden, "ConversationEnded", "This conversation has ended; start a new one to write again.");

    /// <summary>404: no such conversation.</summary>
    public static IResult NotFound(string conversationId) => Error(StatusCodes.Status404NotFound, "NotFound", $"Conversation '{conversationId}' does not exist.");

    /// <summary>413: the activity is too large.</summary>
    public static IResult TooLarge(int limit) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {limit / 1024} KB.");

    /// <summary>415: file uploads are refused.</summary>
    public static IResult UploadsNotSupported() => Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "This bot does not accept file uploads; please describe the problem in text.");

    /// <summary>429: too many requests.</summary>
    public static IResult TooManyRequests() => Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; try again in a minute.");

    /// <summary>429 for a conversation posting faster than anyone types; <c>Retry-After</c> says when to try again.</summary>
    public static IResult TooManyPosts(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", $"This conversation is posting too fast; try again in {seconds} s.");
    }

    /// <summary>
    /// 503: the store cannot serve the request (its database is damaged, read-only or its disk
    /// full). The cause, with the database path, is in the server's log, not in the answer.
    /// </summary>
    public static IResult StoreUnavailable() => Error(StatusCodes.Status503ServiceUnavailable, "StoreUnavailable", "The conversation store is unavailable; the fault is logged on the server. Please try again later.");

    /// <summary>Any error in the Direct Line shape.</summary>
    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorBody(code, message)), statusCode: status);

    /// <summary>The error body.</summary>
    /// <param name="Error">The error.</param>
    public sealed record ErrorResponse(ErrorBody Error);

    /// <summary>The error itself.</summary>
    /// <param name="Code">A machine-readable code.</param>
    /// <param name="Message">A human-readable message.</param>
    public sealed record ErrorBody(string Code, string Message);
}
