namespace ShopExit.Bot.Widget;

/// <summary>
/// Security headers for every response. The page's scripts are files from this origin
/// (<c>script-src 'self'</c>); styles need <c>'unsafe-inline'</c> because react-scroll-to-bottom
/// inside Web Chat injects a style without a nonce. Any site may frame the chat page: that is
/// what the embed script does.
/// </summary>
public sealed class PageSecurityHeaders(RequestDelegate next)
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

    /// <summary>Adds the headers.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = Policy;
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
