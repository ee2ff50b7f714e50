namespace ShopExit.Bot.Hosting;

/// <summary>
/// An <see cref="ErrorResponse"/> answered with a status that ASP.NET Core has no typed result
/// with a body for (401, 403, 413, 415, 429, 503; 400, 404 and 409 use its <c>BadRequest&lt;T&gt;</c>,
/// <c>NotFound&lt;T&gt;</c> and <c>Conflict&lt;T&gt;</c>). Each status is a type of its own, so an
/// endpoint's <c>Results&lt;…&gt;</c> says in its signature, and in the OpenAPI document, which
/// errors it answers.
/// </summary>
public abstract class ErrorResult : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ErrorResponse>, IContentTypeHttpResult
{
    private protected ErrorResult(int statusCode, ErrorResponse value)
    {
        StatusCode = statusCode;
        Value = value;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The body.</summary>
    public ErrorResponse Value { get; }

    /// <inheritdoc />
    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <inheritdoc />
    object? IValueHttpResult.Value => Value;

    /// <inheritdoc />
    public string ContentType => "application/json; charset=utf-8";

    /// <inheritdoc />
    /// <remarks>Written as <c>TypedResults.Json</c> writes it (the app's JSON options), byte for byte what the API answered before.</remarks>
    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Json(Value, statusCode: StatusCode).ExecuteAsync(httpContext);

    /// <summary>Declares the status and body on the endpoint (what the OpenAPI document lists).</summary>
    private protected static void Produces(EndpointBuilder builder, int statusCode) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(ErrorResponse), ["application/json"]));
}
