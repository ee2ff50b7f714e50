namespace ShopExit.Bot.Widget;

/// <summary>
/// Security headers for every response. The page's scripts are files from this origin
/// (<c>script-src 'self'</c>); styles need <c>'unsafe-inline'</c> because react-scroll-to-bottom
/// inside Web Chat injects a style without a nonce. Any site may frame the chat page: that is
/// what the embed script does; the agent console and API may not be framed at all.
/// </summary>
public sealed class PageSecurityHeaders(RequestDelegate next)
{
    private const string Common =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; ";

    // The merchant's chat may be framed by any shop's site (that is what widget.js does); the
    // agent console and API never (a framed console could be clicked into revealing PII).
    private const string Embeddable = Common + "frame-ancestors *";
    private const string NotEmbeddable = Common + "frame-ancestors 'none'";

    /// <summary>Adds the headers.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        var agentSide = context.Request.Path.StartsWithSegments("/agent", StringComparison.Ordinal)
            || context.Request.Path.StartsWithSegments("/api/agent", StringComparison.Ordinal);
        headers.ContentSecurityPolicy = agentSide ? NotEmbeddable : Embeddable;
        if (agentSide)
        {
            headers.XFrameOptions = "DENY";
        }

        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
