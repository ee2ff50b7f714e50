namespace ShopExit.Bot.Hosting;

/// <summary>Registers the options every part of the bot reads.</summary>
public static class HostingExtensions
{
    /// <summary>Binds <see cref="ShopExitOptions"/> and a <see cref="TimeProvider"/>.</summary>
    public static IHostApplicationBuilder AddShopExitOptions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShopExitOptions>()
            .BindConfiguration(ShopExitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
