namespace ShopExit.Bot.Hosting;

/// <summary>
/// Names the instance that answered on every response (<c>X-ShopExit-Instance</c>), the Direct
/// Line stream's upgrade included: behind a load balancer an operator (and the failover test)
/// can tell which instance holds a conversation's stream. The name is <c>ShopExit:InstanceName</c>,
/// by default the machine's name (a container's host name).
/// </summary>
public static class InstanceHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "X-ShopExit-Instance";

    /// <summary>The configuration key of the instance's name.</summary>
    public const string NameKey = "ShopExit:InstanceName";

    /// <summary>Adds the header to every response.</summary>
    public static IApplicationBuilder UseInstanceHeader(this WebApplication app)
    {
        var name = app.Configuration[NameKey] is { Length: > 0 } configured ? configured : Environment.MachineName;
        return app.Use((context, next) =>
        {
            context.Response.Headers[Name] = name;
            return next(context);
        });
    }
}
