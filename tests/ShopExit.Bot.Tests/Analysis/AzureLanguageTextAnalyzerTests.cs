using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Tests.Analysis;

public sealed class AzureLanguageTextAnalyzerTests : IDisposable
{
    private const string Key = "test-key";
    private readonly HttpClient http = new();
    private readonly CapturingLogger<AzureLanguageTextAnalyzer> logger = new();
    private readonly LocalTextAnalyzer local = new();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task AnalyzeAsync_AzureAnswers_MapsLanguageSentimentAndUtf16Offsets()
    {
        // 👍 is two UTF-16 code units, so the landline starts at 6; the local rules find no
        // landline and no language here, so everything below comes from the stub.
        const string text = "👍 ok 010-62345678";
        await using var stub = await StubLanguageService.StartAsync(new Dictionary<string, string>
        {
            ["LanguageDetection"] = AzureResponses.Language("en", "English"),
            ["SentimentAnalysis"] = AzureResponses.Sentiment("positive", 0.8, 0.15, 0.05),
            ["PiiEntityRecognition"] = AzureResponses.Pii(("Person", 3, 2, "ok"), ("PhoneNumber", 6, 12, "010-62345678")),
        });

        var analysis = await Analyzer(stub.Endpoint).AnalyzeAsync(text, CancellationToken.None);

        Assert.Equal("en", analysis.Language);
        Assert.Equal(new SentimentResult(SentimentLabel.Positive, 0.75, false), analysis.Sentiment);
        Assert.Equal([new PiiEntity(PiiCategory.PhoneNumber, 6, 12)], analysis.Pii);
        Assert.Equal("👍 ok 010****5678", PiiMasker.Mask(text, analysis.Pii));
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task AnalyzeAsync_AzureAnswers_SendsTheDocumentedRequests()
    {
        const string text = "保证金什么时候退？";
        await using var stub = await StubLanguageService.StartAsync(new Dictionary<string, string>
        {
            ["LanguageDetection"] = AzureResponses.Language("zh_chs", "Chinese_Simplified"),
            ["SentimentAnalysis"] = AzureResponses.Sentiment("neutral", 0.1, 0.8, 0.1),
            ["PiiEntityRecognition"] = AzureResponses.Pii(),
        });

        await Analyzer(stub.Endpoint).AnalyzeAsync(text, CancellationToken.None);

        var requests = stub.Requests.ToArray();
        Assert.Equal(["LanguageDetection", "PiiEntityRecognition", "SentimentAnalysis"], requests.Select(r => r.Kind).Order(StringComparer.Ordinal));
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/language/:analyze-text", r.Path);
            Assert.Equal("?api-version=2023-04-01", r.Query);
            Assert.Equal(Key, r.Key);
            Assert.Equal("1", r.Document.GetProperty("id").GetString());
            Assert.Equal(text, r.Document.GetProperty("text").GetString());
        });
        Assert.All(requests.Where(r => r.Kind != "LanguageDetection"), r =>
        {
            Assert.Equal("zh-hans", r.Document.GetProperty("language").GetString());
            Assert.Equal("Utf16CodeUnit", r.Body.GetProperty("parameters").GetProperty("stringIndexType").GetString());
        });
    }

    [Fact]
    public async Task AnalyzeAsync_ChineseComplaint_MapsChineseCategoriesAndKeepsLocalUrgency()
    {
        const string text = "马上处理！身份证11010519491231002X，卡号6222021234567890128";
        var id = text.IndexOf("110", StringComparison.Ordinal);
        var card = text.IndexOf("6222", StringComparison.Ordinal);
        await using var stub = await StubLanguageService.StartAsync(new Dictionary<string, string>
        {
            ["LanguageDetection"] = AzureResponses.Language("zh_chs", "Chinese_Simplified"),
            ["SentimentAnalysis"] = AzureResponses.Sentiment("mixed", 0.05, 0.35, 0.6),
            ["PiiEntityRecognition"] = AzureResponses.Pii(
                ("CNResidentIdentityCardNumber", id, 18, "11010519491231002X"),
                ("CreditCardNumber", card, 19, "6222021234567890128")),
        });

        var analysis = await Analyzer(stub.Endpoint).AnalyzeAsync(text, CancellationToken.None);

        Assert.Equal("zh-CN", analysis.Language);
        Assert.Equal(new SentimentResult(SentimentLabel.Negative, -0.55, true), analysis.Sentiment);
        Assert.Equal([new PiiEntity(PiiCategory.IdCardNumber, id, 18), new PiiEntity(PiiCategory.BankCardNumber, card, 19)], analysis.Pii);
    }

    [Fact]
    public async Task AnalyzeAsync_AzureMissesAPhone_TheLocalRulesStillFindIt()
    {
        const string text = "email li@example.com phone 138 1234 5678";
        await using var stub = await StubLanguageService.StartAsync(new Dictionary<string, string>
        {
            ["LanguageDetection"] = AzureResponses.Language("en", "English"),
            ["SentimentAnalysis"] = AzureResponses.Sentiment("neutral", 0.1, 0.8, 0.1),
            ["PiiEntityRecognition"] = AzureResponses.Pii(("Email", 6, 14, "li@example.com")),
        });

        var analysis = await Analyzer(stub.Endpoint).AnalyzeAsync(text, CancellationToken.None);

        Assert.Equal("email l***@example.com phone 138****5678", PiiMasker.Mask(text, analysis.Pii));
    }

    [Fact]
    public async Task AnalyzeAsync_ServerReturns500_ReturnsTheLocalResultAndWarnsWithoutTheText()
    {
        const string text = "骗子！！！马上退钱，手机13812345678";
        await using var stub = await StubLanguageService.StartAsync((context, _) =>
            StubLanguageService.JsonAsync(context, 500, """{"error":{"code":"InternalServerError","message":"boom"}}"""));

        var analysis = await Analyzer(stub.Endpoint).AnalyzeAsync(text, CancellationToken.None);

        AssertLocal(text, analysis);
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("HTTP 500", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("骗子", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_ServerHangs_ReturnsTheLocalResultWhenTheTimeoutEnds()
    {
        const string text = "THIS IS A SCAM!!! call 13812345678";
        await using var stub = await StubLanguageService.StartAsync(async (context, _) =>
            await Task.Delay(Timeout.Infinite, context.RequestAborted));
        var stopwatch = Stopwatch.StartNew();

        var analysis = await Analyzer(stub.Endpoint, TimeSpan.FromMilliseconds(300)).AnalyzeAsync(text, CancellationToken.None);

        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));
        AssertLocal(text, analysis);
        Assert.Contains("no answer within", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"kind":"SentimentAnalysisResults"}""")]
    [InlineData("""{"results":{"documents":[{"id":"1","sentiment":42}]}}""")]
    [InlineData(AzureResponses.DocumentError)]
    public async Task AnalyzeAsync_MalformedAnswer_ReturnsTheLocalResult(string body)
    {
        const string text = "气死我了，我的邮箱 li@example.com";
        await using var stub = await StubLanguageService.StartAsync((context, _) => StubLanguageService.JsonAsync(context, 200, body));

        var analysis = await Analyzer(stub.Endpoint).AnalyzeAsync(text, CancellationToken.None);

        AssertLocal(text, analysis);
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Entries).Level);
    }

    [Fact]
    public async Task AnalyzeAsync_OnlyPiiFails_KeepsAzureSentimentAndUsesLocalPii()
    {
        const string text = "谢谢，我的手机13812345678";
        await using var stub = await StubLanguageService.StartAsync(new Dictionary<string, string>
        {
            ["LanguageDetection"] = AzureResponses.Language("zh_chs", "Chinese_Simplified"),
            ["SentimentAnalysis"] = AzureResponses.Sentiment("negative", 0.0, 0.1, 0.9),
        });

        var analysis = await Analyzer(stub.Endpoint).AnalyzeAsync(text, CancellationToken.None);

        Assert.Equal(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.Equal(local.Analyze(text).Pii, analysis.Pii);
        Assert.Contains("PiiEntityRecognition: HTTP 500", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_NothingListens_ReturnsTheLocalResult()
    {
        // A port bound but never listened on refuses connections, and no parallel test can take it.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var endpoint = new Uri("http://" + socket.LocalEndPoint);

        var analysis = await Analyzer(endpoint).AnalyzeAsync("我要投诉你们", CancellationToken.None);

        AssertLocal("我要投诉你们", analysis);
    }

    [Fact]
    public async Task AnalyzeAsync_CallerCancels_ThrowsInsteadOfFallingBack()
    {
        await using var stub = await StubLanguageService.StartAsync(async (context, _) =>
            await Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Analyzer(stub.Endpoint, TimeSpan.FromSeconds(30)).AnalyzeAsync("你好", caller.Token));
    }

    [Fact]
    public async Task AnalyzeAsync_EmptyText_DoesNotCallAzure()
    {
        await using var stub = await StubLanguageService.StartAsync(new Dictionary<string, string>());

        var analysis = await Analyzer(stub.Endpoint).AnalyzeAsync("  ", CancellationToken.None);

        Assert.Empty(stub.Requests);
        AssertLocal("  ", analysis);
    }

    private AzureLanguageTextAnalyzer Analyzer(Uri endpoint, TimeSpan? timeout = null)
    {
        var options = new AnalysisOptions { Azure = { Endpoint = endpoint, Key = Key, Timeout = timeout ?? TimeSpan.FromSeconds(5) } };
        return new AzureLanguageTextAnalyzer(http, Options.Create(options), local, TimeProvider.System, logger);
    }

    private void AssertLocal(string text, TextAnalysis analysis)
    {
        var expected = local.Analyze(text);
        Assert.Equal(expected.Language, analysis.Language);
        Assert.Equal(expected.Sentiment, analysis.Sentiment);
        Assert.Equal(expected.Pii, analysis.Pii);
    }
}
