using Microsoft.AspNetCore.Http.HttpResults;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// The error shape of every API here (Direct Line's, <c>{"error":{"code","message"}}</c>; the agent
/// API uses it too). DirectLineJS and Web Chat treat 403 and 404 as final, so each status is used
/// only for what it means. Each status has its own typed result, so an endpoint's signature says
/// which errors it answers.
/// </summary>
public static class ApiErrors
{
    // An Origin header is short; a longer one is garbage, and only its start is worth repeating.
    private const int MaxEchoedOrigin = 100;

    /// <summary>400: the request is malformed.</summary>
    public static BadRequest<ErrorResponse> BadArgument(string message) => TypedResults.BadRequest(Body("BadArgument", message));

    /// <summary>401 with a code of its own (an agent's wrong password, an account that no longer exists).</summary>
    public static UnauthorizedError Unauthorized(string code, string message) => new(Body(code, message));

    /// <summary>403: no valid credentials, or not for this conversation.</summary>
    public static ForbiddenError Forbidden(string message) => new(Body("Forbidden", message));

    /// <summary>403: the token expired.</summary>
    public static ForbiddenError TokenExpired() => new(Body("TokenExpired", "The token has expired; refresh it or get a new one."));

    /// <summary>403: the merchant ended the conversation (<c>endOfConversation</c>); its history can still be read.</summary>
    public static ForbiddenError ConversationEnded() => new(Body("ConversationEnded", "This conversation has ended; start a new one to write again."));

    /// <summary>403: the page asking for a widget token is on a site the operator did not allow (<c>Widget:AllowedOrigins</c>).</summary>
    public static ForbiddenError OriginNotAllowed(string origin) => new(Body(
        "OriginNotAllowed",
        $"Pages of {(origin.Length <= MaxEchoedOrigin ? origin : origin[..MaxEchoedOrigin] + "…")} may not start a chat with this bot: the origin is not in its Widget:AllowedOrigins."));

    /// <summary>404: no such conversation.</summary>
    public static NotFound<ErrorResponse> ConversationNotFound(string conversationId) => NotFound($"Conversation '{conversationId}' does not exist.");

    /// <summary>404: no such thing (a handoff, an agent, a message).</summary>
    public static NotFound<ErrorResponse> NotFound(string message) => TypedResults.NotFound(Body("NotFound", message));

    /// <summary>409: the thing is not in the state the request needs (claimed by another, not active).</summary>
    public static Conflict<ErrorResponse> Conflict(string code, string message) => TypedResults.Conflict(Body(code, message));

    /// <summary>413: the activity is too large.</summary>
    public static PayloadTooLargeError TooLarge(int limit) => new(Body("MessageSizeTooBig", $"An activity may be at most {limit / 1024} KB."));

    /// <summary>415: file uploads are refused.</summary>
    public static UnsupportedMediaTypeError UploadsNotSupported() => new(Body("UnsupportedMediaType", "This bot does not accept file uploads; please describe the problem in text."));

    /// <summary>429 for a client address over a limit (widget tokens, agent logins); <c>Retry-After</c> says when to try again.</summary>
    public static TooManyRequestsError TooManyRequests(HttpResponse response, TimeSpan retryAfter) =>
        new(Body("TooManyRequests", $"Too many requests from this address; try again in {RetryAfter(response, retryAfter)} s."));

    /// <summary>429 for a conversation posting faster than anyone types; <c>Retry-After</c> says when to try again.</summary>
    public static TooManyRequestsError TooManyPosts(HttpResponse response, TimeSpan retryAfter) =>
        new(Body("TooManyRequests", $"This conversation is posting too fast; try again in {RetryAfter(response, retryAfter)} s."));

    /// <summary>
    /// 503: the store cannot serve the request (its database is damaged, read-only or its disk
    /// full). The cause, with the database path, is in the server's log, not in the answer.
    /// </summary>
    public static ServiceUnavailableError StoreUnavailable() => new(Body("StoreUnavailable", "The conversation store is unavailable; the fault is logged on the server. Please try again later."));

    /// <summary>Any error in the Direct Line shape, for what answers outside an endpoint (the exception handler, authentication).</summary>
    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(Body(code, message), statusCode: status);

    private static ErrorResponse Body(string code, string message) => new(new ErrorBody(code, message));

    // Whole seconds, at least one (a client reading 0 would try again at once).
    private static int RetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return seconds;
    }
}
