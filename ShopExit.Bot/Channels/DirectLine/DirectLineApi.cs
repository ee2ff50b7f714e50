using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line 3.0 under <c>/v3/directline</c>, the API Web Chat and DirectLineJS speak:
/// tokens, start and reconnect, post (with the echo), get by watermark, and the WebSocket stream.
/// It only translates the wire format; everything else happens in <see cref="ConversationService"/>.
/// </summary>
public static class DirectLineApi
{
    /// <summary>The route prefix clients are configured with (<c>domain: origin + Prefix</c>).</summary>
    public const string Prefix = "/v3/directline";

    /// <summary>The bearer's name in the OpenAPI document.</summary>
    public const string BearerScheme = "directLine";

    private const int MaxActivitiesPerGet = 200;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        // Bodies are read by hand (RequestBody: every mistake a Direct Line error), so the
        // document is told what they are; any call may meet a store fault (503).
        var api = app.MapGroup(Prefix).RequireCors(DirectLineExtensions.CorsPolicy)
            .WithTags("Direct Line")
            .WithMetadata(new ApiBearer(BearerScheme, "The Direct Line secret (servers), or a token from /tokens/generate or /api/widget/token, which opens only its own conversation."))
            .ProducesError(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/tokens/generate", GenerateTokenAsync).WithMetadata(new ApiRequestBody(typeof(StartRequest), Required: false));
        api.MapPost("/tokens/refresh", RefreshTokenAsync);
        api.MapPost("/conversations", StartConversationAsync).WithMetadata(new ApiRequestBody(typeof(StartRequest), Required: false));
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).WithMetadata(new ApiRequestBody(typeof(Activity), Required: true));
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        // A WebSocket: nothing OpenAPI can describe.
        api.Map("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>A new conversation id: 128 random bits, URL-safe.</summary>
    public static string NewConversationId() => "c" + RandomId(16);

    /// <summary>A new anonymous user id (<c>dl_</c>, as Azure Direct Line names them).</summary>
    public static string NewUserId() => "dl_" + RandomId(12);

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<Results<Ok<ConversationResponse>, ForbiddenError, BodyRefusal>> GenerateTokenAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens, ConversationService conversations, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.Authenticate(request);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.IsSecret)
        {
            return ApiErrors.Forbidden("Generating a token needs the secret; refresh a token with /tokens/refresh.");
        }

        var (body, bodyError) = await RequestBody.ReadAsync<StartRequest>(request, options.Value.MaxActivityBytes, required: false, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var userId = string.IsNullOrWhiteSpace(body?.User?.Id) ? NewUserId() : body.User.Id;
        var conversationId = NewConversationId();
        await conversations.StartAsync(conversationId, userId, body?.User?.Name, body?.Locale, cancellationToken);
        return TypedResults.Ok(new ConversationResponse(conversationId, tokens.Issue(conversationId, userId, body?.User?.Name), tokens.LifetimeSeconds, null));
    }

    private static async Task<Results<Ok<ConversationResponse>, ForbiddenError, BadRequest<ErrorResponse>>> RefreshTokenAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens, IConversationStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.AuthenticateForRefresh(request, time);
        if (error is not null)
        {
            return error;
        }

        if (caller!.IsSecret)
        {
            return ApiErrors.BadArgument("Only a token can be refreshed.");
        }

        // An ended conversation takes no more messages: its token is not renewed (the page starts a new one).
        var claims = caller.Token!;
        if (await store.IsEndedAsync(claims.ConversationId, cancellationToken))
        {
            return ApiErrors.ConversationEnded();
        }

        return TypedResults.Ok(new ConversationResponse(claims.ConversationId, tokens.Issue(claims.ConversationId, claims.UserId, claims.UserName), tokens.LifetimeSeconds, null));
    }

    private static async Task<Results<Created<ConversationResponse>, Ok<ConversationResponse>, ForbiddenError, BodyRefusal>> StartConversationAsync(HttpContext http, DirectLineAuth auth, DirectLineTokenService tokens, ConversationService conversations, IConversationStore store, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.Authenticate(http.Request);
        if (error is not null)
        {
            return error;
        }

        var (body, bodyError) = await RequestBody.ReadAsync<StartRequest>(http.Request, options.Value.MaxActivityBytes, required: false, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        string conversationId, userId;
        string? userName;
        if (caller!.IsSecret)
        {
            conversationId = NewConversationId();
            userId = string.IsNullOrWhiteSpace(body?.User?.Id) ? NewUserId() : body.User.Id;
            userName = body?.User?.Name;
        }
        else
        {
            (conversationId, userId, userName) = (caller.Token!.ConversationId, caller.Token.UserId, caller.Token.UserName);
        }

        var created = await conversations.StartAsync(conversationId, userId, userName, body?.Locale, cancellationToken);
        var token = tokens.Issue(conversationId, userId, userName);
        var response = new ConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(http.Request, conversationId, token, null));
        return created ? TypedResults.Created((string?)null, response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<ConversationResponse>, ConversationRefusal>> ReconnectAsync(string conversationId, string? watermark, HttpContext http, DirectLineAuth auth, DirectLineTokenService tokens, IConversationStore store, CancellationToken cancellationToken)
    {
        var (caller, userId, error) = await AuthorizeAsync(conversationId, http.Request, auth, store, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // A secret holder gets a token too: the stream URL needs one.
        var token = tokens.Issue(conversationId, caller!.Token?.UserId ?? userId!, caller.Token?.UserName);
        return TypedResults.Ok(new ConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(http.Request, conversationId, token, watermark)));
    }

    private static async Task<Results<Ok<ResourceResponse>, ConversationRefusal, TooManyRequestsError, BodyRefusal>> PostActivityAsync(string conversationId, HttpRequest request, DirectLineAuth auth, IConversationStore store, ConversationService conversations, ConversationPostLimiter limiter, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, _, error) = await AuthorizeAsync(conversationId, request, auth, store, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (await limiter.TryAcquireAsync(conversationId, cancellationToken) is { Allowed: false } refused)
        {
            return ApiErrors.TooManyPosts(request.HttpContext.Response, refused.RetryAfter);
        }

        var (activity, bodyError) = await RequestBody.ReadAsync<Activity>(request, options.Value.MaxActivityBytes, required: true, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (string.IsNullOrWhiteSpace(activity!.Type))
        {
            return BodyError("The activity needs a 'type' (for example \"message\").");
        }

        // Handoff events are the agents' to record, never a client's, however the name is written.
        if (string.Equals(activity.Type.Trim(), ActivityTypes.Event, StringComparison.OrdinalIgnoreCase)
            && activity.Name?.Trim().StartsWith("handoff.", StringComparison.OrdinalIgnoreCase) == true)
        {
            return BodyError("Clients cannot post handoff events.");
        }

        // Typing is shown to an agent and forgotten: it is not part of the transcript.
        if (activity.Type == ActivityTypes.Typing)
        {
            if (await store.IsEndedAsync(conversationId, cancellationToken))
            {
                return Ended();
            }

            await conversations.MerchantTypingAsync(conversationId, cancellationToken);
            return TypedResults.Ok(new ResourceResponse(conversationId + "|typing"));
        }

        // A token speaks only as its own user: the sender cannot be forged.
        if (caller!.Token is { } claims)
        {
            activity.From = new ChannelAccount(claims.UserId, activity.From?.Name ?? claims.UserName, RoleTypes.User) { Extra = activity.From?.Extra };
        }
        else if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return BodyError("With the secret, the activity needs 'from.id'.");
        }
        else
        {
            activity.From.Role = RoleTypes.User;
        }

        try
        {
            var stored = await conversations.PostAsync(conversationId, activity, cancellationToken);
            return TypedResults.Ok(new ResourceResponse(stored.Activity.Id!));
        }
        catch (KeyNotFoundException)
        {
            // A token of a conversation the store no longer has (its data folder was replaced).
            return Missing(conversationId);
        }
        catch (ConversationEndedException)
        {
            // The merchant's endOfConversation came first; reading the history still works.
            return Ended();
        }
    }

    private static async Task<Results<Ok<ActivitySet>, ConversationRefusal, BadRequest<ErrorResponse>>> GetActivitiesAsync(string conversationId, string? watermark, HttpRequest request, DirectLineAuth auth, IConversationStore store, CancellationToken cancellationToken)
    {
        var (_, _, error) = await AuthorizeAsync(conversationId, request, auth, store, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return ApiErrors.BadArgument($"'{watermark}' is not a watermark.");
        }

        var activities = await store.GetActivitiesAsync(conversationId, after, MaxActivitiesPerGet, cancellationToken);
        if (activities.Count == 0 && after > 0 && await WatermarkBeyondEndAsync(store, conversationId, after, cancellationToken) is { } beyond)
        {
            return beyond;
        }

        var last = activities.Count > 0 ? activities[^1].Sequence : after;
        return TypedResults.Ok(new ActivitySet(activities.Select(a => a.Activity).ToList(), last.ToString(CultureInfo.InvariantCulture)));
    }

    private static async Task<Results<UnsupportedMediaTypeError, ConversationRefusal>> UploadAsync(string conversationId, HttpRequest request, DirectLineAuth auth, IConversationStore store, CancellationToken cancellationToken)
    {
        var (_, _, error) = await AuthorizeAsync(conversationId, request, auth, store, cancellationToken);
        return error is not null ? error : ApiErrors.UploadsNotSupported();
    }

    /// <summary>Authenticates, checks the token opens this conversation, and that it exists.</summary>
    internal static async Task<(DirectLineCaller? Caller, string? UserId, ConversationRefusal? Error)> AuthorizeAsync(string conversationId, HttpRequest request, DirectLineAuth auth, IConversationStore store, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.Authenticate(request);
        return error is not null ? (null, null, error) : await AuthorizeAsync(conversationId, caller!, store, cancellationToken);
    }

    /// <summary>Checks an authenticated caller against the conversation.</summary>
    internal static async Task<(DirectLineCaller? Caller, string? UserId, ConversationRefusal? Error)> AuthorizeAsync(string conversationId, DirectLineCaller caller, IConversationStore store, CancellationToken cancellationToken)
    {
        if (!caller.MayUse(conversationId))
        {
            return (null, null, ApiErrors.Forbidden("This token belongs to another conversation."));
        }

        // A token is only ever issued for a conversation that exists, and conversations are never
        // deleted: its own conversation needs no lookup. The secret may name any id, so that is checked.
        if (caller.Token is { } claims)
        {
            return (caller, claims.UserId, null);
        }

        var userId = conversationId.Length <= 64 ? await store.GetUserIdAsync(conversationId, cancellationToken) : null;
        return userId is null ? (null, null, Missing(conversationId)) : (caller, userId, null);
    }

    /// <summary>
    /// A watermark past the conversation's last activity was never handed out: a 400 naming it,
    /// rather than a stream that stays silent until the conversation catches up.
    /// </summary>
    internal static async Task<BadRequest<ErrorResponse>?> WatermarkBeyondEndAsync(IConversationStore store, string conversationId, long watermark, CancellationToken cancellationToken) =>
        await store.GetLastSequenceAsync(conversationId, cancellationToken) is { } last && watermark > last
            ? ApiErrors.BadArgument($"The watermark {watermark} is beyond the end of the conversation ({last}).")
            : null;

    /// <summary>An empty watermark means "from the start".</summary>
    internal static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        return string.IsNullOrEmpty(watermark) || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after) && after >= 0);
    }

    // The activity's own mistakes are refusals of the body, like JSON that does not parse.
    private static BodyRefusal BodyError(string message) => ApiErrors.BadArgument(message);

    private static ConversationRefusal Ended() => ApiErrors.ConversationEnded();

    private static ConversationRefusal Missing(string conversationId) => ApiErrors.ConversationNotFound(conversationId);

    // Built from each request's host, never stored: a restart on another port still works.
    private static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : url + "&watermark=" + Uri.EscapeDataString(watermark);
    }
}
