using ShopExit.Bot.Activities;
using ShopExit.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>Registers the Direct Line channel.</summary>
public static class DirectLineExtensions
{
    /// <summary>The CORS policy of the Direct Line API: any origin may call it with a bearer token.</summary>
    public const string CorsPolicy = "directline";

    /// <summary>Adds the options, tokens, authentication and CORS of Direct Line.</summary>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenSigningKey is null or { Length: >= 32 }, "DirectLine:TokenSigningKey must be at least 32 characters.")
            .Validate(o => o.Secret is null or { Length: >= 16 }, "DirectLine:Secret must be at least 16 characters.")
            .ValidateOnStart();
        builder.Services.ConfigureHttpJsonOptions(json => ActivityJson.Apply(json.SerializerOptions));
        // The data folder keeps a generated key unless the store registered a shared place for it.
        builder.Services.TryAddSingleton<ISigningKeyStore, FileSigningKeyStore>();
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton<DirectLineTokenService>();
        builder.Services.AddSingleton<DirectLineAuth>();
        builder.Services.TryAddSingleton<IRateLimits, InProcessRateLimits>();
        builder.Services.AddSingleton<ConversationPostLimiter>();
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")));
        return builder;
    }

    /// <summary>Maps Direct Line with WebSockets and CORS.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseCors();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        if (string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secret))
        {
            app.Logger.LogInformation("DirectLine:Secret is not set: only tokens from the web widget can open conversations");
        }

        app.MapDirectLineApi();
        return app;
    }
}
