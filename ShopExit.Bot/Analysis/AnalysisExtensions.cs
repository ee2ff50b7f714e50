using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Analysis;

/// <summary>Registers the text analysis (language, sentiment, personal data).</summary>
public static class AnalysisExtensions
{
    /// <summary>
    /// Binds <see cref="AnalysisOptions"/> and registers <see cref="ITextAnalyzer"/>: the Azure
    /// adapter when <c>Analysis:Azure:Endpoint</c> and <c>Analysis:Azure:Key</c> are both set,
    /// otherwise <see cref="LocalTextAnalyzer"/>.
    /// </summary>
    public static IHostApplicationBuilder AddTextAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnalysisOptions>()
            .BindConfiguration(AnalysisOptions.SectionName)
            .Validate(
                o => o.Azure.Endpoint is null || (o.Azure.Endpoint.IsAbsoluteUri && o.Azure.Endpoint.Scheme is "https" or "http"),
                "Analysis:Azure:Endpoint must be an absolute http(s) URL, e.g. https://NAME.cognitiveservices.azure.com")
            .Validate(o => o.Azure.Timeout > TimeSpan.Zero, "Analysis:Azure:Timeout must be positive, e.g. 00:00:02")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LocalTextAnalyzer>();

        // The typed client may end up inside singletons, so its connections are recycled by the
        // handler itself (DNS changes are seen) instead of by the factory rotating handlers.
        builder.Services.AddHttpClient<AzureLanguageTextAnalyzer>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        // Decided when resolved, not here, so configuration added after this call still counts.
        builder.Services.AddTransient<ITextAnalyzer>(services =>
            services.GetRequiredService<IOptions<AnalysisOptions>>().Value.Azure.IsConfigured
                ? services.GetRequiredService<AzureLanguageTextAnalyzer>()
                : services.GetRequiredService<LocalTextAnalyzer>());
        return builder;
    }
}
