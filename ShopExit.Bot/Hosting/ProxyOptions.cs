namespace ShopExit.Bot.Hosting;

/// <summary>
/// The reverse proxies (load balancers) in front of the bot (<c>ForwardedHeaders</c>): only a
/// request from one of them may say, in <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, who
/// the client is and how it connected. With none, those headers are ignored, so nobody can make a
/// rate limit count someone else.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxies by address (<c>10.0.0.5</c>, <c>::1</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxies by network (<c>10.0.0.0/8</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Whether any proxy is configured.</summary>
    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
