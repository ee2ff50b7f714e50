using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the configured proxies
/// (<see cref="ProxyOptions"/>): the client address the rate limits count and the scheme the
/// widget's origin check sees become the real client's. A proxy that is not configured is just a
/// client, and its headers change nothing.
/// </summary>
public static class ProxyHeaders
{
    private static readonly char[] Separators = [',', ';', ' '];

    /// <summary>Reads and checks the proxies (a bad address or network stops the start naming the key).</summary>
    public static IHostApplicationBuilder AddProxyHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // One string is easier to set in an environment variable than a numbered list.
                AddListed(options.KnownProxies, configuration, nameof(ProxyOptions.KnownProxies));
                AddListed(options.KnownNetworks, configuration, nameof(ProxyOptions.KnownNetworks));
            })
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ForwardedHeaders:KnownProxies must list IP addresses, such as 10.0.0.5 or ::1.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "ForwardedHeaders:KnownNetworks must list networks in CIDR form, such as 10.0.0.0/8.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Only the configured ones: the defaults trust loopback, and an empty list would trust anyone.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after it sees the real client; nothing when no proxy is configured.</summary>
    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Any)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static void AddListed(List<string> list, IConfiguration configuration, string key)
    {
        if (configuration.GetSection($"{ProxyOptions.SectionName}:{key}").Value is { } value)
        {
            list.AddRange(value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }
}
