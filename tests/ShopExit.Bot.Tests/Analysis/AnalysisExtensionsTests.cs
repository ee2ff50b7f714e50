using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Tests.Analysis;

public class AnalysisExtensionsTests
{
    [Fact]
    public void AddTextAnalysis_NothingConfigured_UsesTheLocalAnalyzerWithATwoSecondTimeout()
    {
        using var host = Build([]);

        Assert.IsType<LocalTextAnalyzer>(host.Services.GetRequiredService<ITextAnalyzer>());
        Assert.Equal(TimeSpan.FromSeconds(2), host.Services.GetRequiredService<IOptions<AnalysisOptions>>().Value.Azure.Timeout);
    }

    [Theory]
    [InlineData("https://shopexit.cognitiveservices.azure.com", null)]
    [InlineData(null, "secret")]
    [InlineData("", "secret")]
    [InlineData("https://shopexit.cognitiveservices.azure.com", " ")]
    public void AddTextAnalysis_EndpointOrKeyMissing_UsesTheLocalAnalyzer(string? endpoint, string? key)
    {
        using var host = Build(new() { ["Analysis:Azure:Endpoint"] = endpoint, ["Analysis:Azure:Key"] = key });

        Assert.IsType<LocalTextAnalyzer>(host.Services.GetRequiredService<ITextAnalyzer>());
    }

    [Fact]
    public async Task AddTextAnalysis_EndpointAndKey_UsesAzureThroughTheTypedClient()
    {
        await using var stub = await StubLanguageService.StartAsync(new Dictionary<string, string>
        {
            ["LanguageDetection"] = AzureResponses.Language("en", "English"),
            ["SentimentAnalysis"] = AzureResponses.Sentiment("negative", 0.02, 0.08, 0.9),
            ["PiiEntityRecognition"] = AzureResponses.Pii(),
        });
        using var host = Build(new()
        {
            ["Analysis:Azure:Endpoint"] = stub.Endpoint.ToString(),
            ["Analysis:Azure:Key"] = "from-config",
            ["Analysis:Azure:Timeout"] = "00:00:05",
        });

        var analyzer = host.Services.GetRequiredService<ITextAnalyzer>();
        var analysis = await analyzer.AnalyzeAsync("where is my deposit", CancellationToken.None);

        Assert.IsType<AzureLanguageTextAnalyzer>(analyzer);
        Assert.Equal(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.All(stub.Requests, r => Assert.Equal("from-config", r.Key));
    }

    [Theory]
    [InlineData("Analysis:Azure:Endpoint", "not-a-url")]
    [InlineData("Analysis:Azure:Endpoint", "ftp://example.com")]
    [InlineData("Analysis:Azure:Timeout", "00:00:00")]
    public void AddTextAnalysis_InvalidSetting_FailsValidationNamingIt(string key, string value)
    {
        using var host = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<AnalysisOptions>>().Value);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddTextAnalysis();
        return builder.Build();
    }
}
