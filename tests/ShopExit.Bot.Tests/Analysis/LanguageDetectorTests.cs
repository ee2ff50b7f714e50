using Stopwatch = System.Diagnostics.Stopwatch;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Tests.Analysis;

public class LanguageDetectorTests
{
    private static readonly LocalTextAnalyzer Analyzer = new();

    [Theory]
    [InlineData("保证金多久到账", "zh-CN", true)]
    [InlineData("好", "zh-CN", false)]
    [InlineData("How long does the refund take?", "en", true)]
    [InlineData("close my shop", "en", true)]
    [InlineData("deposit refund", "en", true)]
    [InlineData("done", "en", false)]
    [InlineData("not yet", "en", false)]
    [InlineData("Douyin shop", "en", false)]
    [InlineData("ok", null, false)]
    [InlineData("wechat: shop_abc", null, false)]
    [InlineData("shop_abc 13800138000", null, false)]
    [InlineData("abc@example.com", null, false)]
    [InlineData("我的邮箱是 abc@example.com", "zh-CN", true)]
    [InlineData("done了，下一步呢", "zh-CN", true)]
    [InlineData("😂😂", null, false)]
    public void Evidence_Message_SaysWhichLanguageAndHowClearly(string text, string? language, bool clear)
    {
        var evidence = LanguageDetector.Evidence(text);

        Assert.Equal(language, evidence.Language);
        Assert.Equal(clear, evidence.Clear);
    }

    [Fact]
    public void Evidence_HugeTextWithoutSpaces_IsQuick()
    {
        var text = new string('a', 255 * 1024);
        var watch = Stopwatch.StartNew();

        LanguageDetector.Evidence(text);

        Assert.True(watch.ElapsedMilliseconds < 500, $"{watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData('a')]
    [InlineData('退')]
    [InlineData('@')]
    [InlineData('1')]
    public void LocalAnalysis_HugeMessageWithoutSpaces_IsQuick(char filler)
    {
        // A 255 KB message of one character (what an attack posts) is analysed in well under a second.
        var text = new string(filler, 255 * 1024);
        var watch = Stopwatch.StartNew();

        new LocalTextAnalyzer().Analyze(text);

        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Follow_OneLatinWordInAChineseChat_KeepsChinese()
    {
        var data = new ConversationData { Locale = "zh-CN", ClientLocale = "zh-CN" };

        foreach (var text in new[] { "done", "yes", "OK", "wechat: shop_abc", "Submitted" })
        {
            ConversationLanguage.Follow(data, new Activity { Text = text, Locale = "zh-CN" }, Analyzer.Analyze(text));
        }

        Assert.Equal("zh-CN", data.Locale);
    }

    [Fact]
    public void Follow_AClearSentence_SwitchesAndTheSameClientLocaleDoesNotSwitchBack()
    {
        var data = new ConversationData { Locale = "zh-CN", ClientLocale = "zh-CN" };

        ConversationLanguage.Follow(data, new Activity { Text = "How do I close my shop?", Locale = "zh-CN" }, Analyzer.Analyze("How do I close my shop?"));
        ConversationLanguage.Follow(data, new Activity { Text = "ok", Locale = "zh-CN" }, Analyzer.Analyze("ok"));

        Assert.Equal("en", data.Locale);
    }

    [Fact]
    public void Follow_TheClientsLocaleChanges_TheConversationFollowsThePage()
    {
        var data = new ConversationData { Locale = "zh-CN", ClientLocale = "zh-CN" };

        ConversationLanguage.Follow(data, new Activity { Text = "1", Locale = "en-US" }, Analyzer.Analyze("1"));

        Assert.Equal("en", data.Locale);
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("en-US", "en")]
    [InlineData("fr-FR", "en")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FromLocale_ClientLocale_IsOneOfTheTwoLanguages(string? locale, string? expected)
    {
        Assert.Equal(expected, ConversationLanguage.FromLocale(locale));
    }
}
