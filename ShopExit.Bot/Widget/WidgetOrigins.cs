using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Widget;

/// <summary>
/// Which pages may ask for a widget token. A browser names the page that sends a request in its
/// <c>Origin</c> header and no page can change it, so a site that is neither the bot's own nor
/// listed in <c>Widget:AllowedOrigins</c> cannot make its visitors' browsers open conversations
/// here (each one a row in the store, from addresses the per-address limit does not know).
/// A request without <c>Origin</c> (a navigation, curl, a server) is no page's and is let through:
/// what it could do, any client can do by leaving the header out.
/// </summary>
public sealed class WidgetOrigins(IOptions<WidgetOptions> options)
{
    /// <summary>The entry of <c>Widget:AllowedOrigins</c> that lets every page.</summary>
    public const string Any = "*";

    private readonly bool _any = options.Value.AllowedOrigins.Contains(Any, StringComparer.Ordinal);
    private readonly HashSet<string> _allowed = [.. options.Value.AllowedOrigins.Select(Normalize).OfType<string>()];

    /// <summary>Whether <paramref name="request"/> may have a token; the refused origin is in <paramref name="origin"/>.</summary>
    public bool Allows(HttpRequest request, out string origin)
    {
        origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || _any)
        {
            return true;
        }

        if (Normalize(origin) is { } normalized
            && (_allowed.Contains(normalized) || normalized == Normalize($"{request.Scheme}://{request.Host.Value}")))
        {
            return true;
        }

        // The browser vouches the page is this origin's own where its Origin cannot show it: the
        // page's no-referrer policy makes some browsers send "Origin: null" for its own POSTs, and
        // behind a proxy that ends TLS the request arrives as http while the page was https.
        // Pages cannot set Sec-Fetch-Site, and other clients may leave Origin out anyway.
        return request.Headers["Sec-Fetch-Site"] == "same-origin";
    }

    /// <summary>
    /// <paramref name="value"/> as browsers serialise an origin (lower-case scheme and host, the
    /// host in Punycode, the port only when it is not the scheme's default), or null when it is no
    /// http or https origin (a path, a query, user info, <c>null</c>).
    /// </summary>
    public static string? Normalize(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return null;
        }

        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
