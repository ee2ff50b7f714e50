using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Tests.Analysis;

public class SentimentTests
{
    private readonly LocalTextAnalyzer analyzer = new();

    [Theory]
    [InlineData("骗子！！！")]
    [InlineData("你们这什么垃圾平台")]
    [InlineData("气死我了")]
    [InlineData("我要投诉你们")]
    [InlineData("你们就是坑人的吧")]
    [InlineData("服务太差了")]
    [InlineData("什么破系统，半天打不开")]
    [InlineData("无语，又要我重新提交")]
    [InlineData("太离谱了")]
    [InlineData("滚")]
    [InlineData("赶紧退钱")]
    [InlineData("我的保证金呢？？？")]
    [InlineData("騙子，氣死我了")]
    [InlineData("不太满意")]
    [InlineData("谢谢，但是你们这也太离谱了")]
    public void Analyze_AngryChinese_IsNegative(string message)
    {
        var sentiment = analyzer.Analyze(message).Sentiment;

        Assert.Equal(SentimentLabel.Negative, sentiment.Label);
        Assert.InRange(sentiment.Score, -1, SentimentResult.NegativeThreshold);
    }

    [Theory]
    [InlineData("THIS IS A SCAM!!!")]
    [InlineData("This is a scam")]
    [InlineData("terrible service")]
    [InlineData("This is ridiculous, I have waited a week")]
    [InlineData("worst platform ever")]
    [InlineData("your bot is useless")]
    [InlineData("WHERE IS MY DEPOSIT")]
    [InlineData("not good at all")]
    [InlineData("I am not happy with this")]
    [InlineData("Where is my money???")]
    public void Analyze_AngryEnglish_IsNegative(string message)
    {
        Assert.Equal(SentimentLabel.Negative, analyzer.Analyze(message).Sentiment.Label);
    }

    [Theory]
    [InlineData("你好，请问保证金怎么退？")]
    [InlineData("店铺注销需要多久")]
    [InlineData("我想关店")]
    [InlineData("请问投诉入口在哪里")]
    [InlineData("不好意思，再问一下")]
    [InlineData("Hello, how do I close my shop?")]
    [InlineData("How long does the deposit refund take")]
    [InlineData("ASAP please")]
    [InlineData("在吗！！")]
    [InlineData("No, thanks")]
    public void Analyze_PoliteOrPlainQuestion_IsNotNegative(string message)
    {
        Assert.NotEqual(SentimentLabel.Negative, analyzer.Analyze(message).Sentiment.Label);
    }

    [Theory]
    [InlineData("谢谢你的帮助")]
    [InlineData("太好了，解决了")]
    [InlineData("很满意")]
    [InlineData("好的，谢谢")]
    [InlineData("Great, thanks!")]
    [InlineData("Thank you, that was helpful")]
    [InlineData("謝謝")]
    public void Analyze_Thanks_IsPositive(string message)
    {
        var sentiment = analyzer.Analyze(message).Sentiment;

        Assert.Equal(SentimentLabel.Positive, sentiment.Label);
        Assert.InRange(sentiment.Score, SentimentResult.PositiveThreshold, 1);
    }

    [Fact]
    public void Analyze_PlainOk_IsMildNotNegative()
    {
        var sentiment = analyzer.Analyze("好的").Sentiment;

        Assert.Equal(SentimentLabel.Neutral, sentiment.Label);
        Assert.True(sentiment.Score > 0);
    }

    [Theory]
    [InlineData("不错", SentimentLabel.Positive)]
    [InlineData("还不错", SentimentLabel.Positive)]
    [InlineData("不满意", SentimentLabel.Negative)]
    [InlineData("不是很满意", SentimentLabel.Negative)]
    [InlineData("非常满意", SentimentLabel.Positive)]
    [InlineData("不太好", SentimentLabel.Negative)]
    [InlineData("not bad", SentimentLabel.Positive)]
    [InlineData("not good", SentimentLabel.Negative)]
    [InlineData("I don’t think this is helpful", SentimentLabel.Negative)]
    public void Analyze_Negation_TurnsPolarity(string message, SentimentLabel expected)
    {
        Assert.Equal(expected, analyzer.Analyze(message).Sentiment.Label);
    }

    [Theory]
    [InlineData("没问题")]
    [InlineData("好的，没问题")]
    [InlineData("no problem")]
    [InlineData("我没生气")]
    public void Analyze_NegatedComplaint_IsNotNegative(string message)
    {
        var sentiment = analyzer.Analyze(message).Sentiment;

        Assert.NotEqual(SentimentLabel.Negative, sentiment.Label);
        Assert.True(sentiment.Score >= 0, $"score {sentiment.Score}");
    }

    [Fact]
    public void Analyze_Shouting_IsMoreNegativeThanTheSameWordsCalm()
    {
        var calm = analyzer.Analyze("this is a scam").Sentiment.Score;
        var shouted = analyzer.Analyze("THIS IS A SCAM!!!").Sentiment.Score;

        Assert.True(shouted < calm, $"{shouted} should be below {calm}");
    }

    [Fact]
    public void Analyze_ManyAngryWords_StaysWithinMinusOne()
    {
        var sentiment = analyzer.Analyze(string.Concat(Enumerable.Repeat("骗子垃圾气死滚！！！", 50))).Sentiment;

        Assert.InRange(sentiment.Score, -1, -0.9);
    }

    [Theory]
    [InlineData("急！保证金什么时候到")]
    [InlineData("马上给我处理")]
    [InlineData("赶紧的")]
    [InlineData("请立刻回复")]
    [InlineData("今天必须退给我")]
    [InlineData("十万火急")]
    [InlineData("This is urgent")]
    [InlineData("refund asap")]
    [InlineData("Reply IMMEDIATELY")]
    public void Analyze_UrgentMessage_IsUrgent(string message)
    {
        Assert.True(analyzer.Analyze(message).Sentiment.Urgent);
    }

    [Theory]
    [InlineData("请问怎么注销店铺")]
    [InlineData("不急，慢慢来")]
    [InlineData("不着急")]
    [InlineData("it's not urgent")]
    [InlineData("no rush, thanks")]
    [InlineData("")]
    public void Analyze_UnhurriedMessage_IsNotUrgent(string message)
    {
        Assert.False(analyzer.Analyze(message).Sentiment.Urgent);
    }

    [Fact]
    public void Analyze_EmptyText_IsNeutral()
    {
        Assert.Equal(SentimentResult.Neutral, analyzer.Analyze("   ").Sentiment);
    }

    [Theory]
    [InlineData("保证金怎么退", "zh-CN")]
    [InlineData("How do I close my shop?", "en")]
    [InlineData("ｈｅｌｌｏ ｔｈｅｒｅ", "en")]
    [InlineData("13812345678", null)]
    [InlineData("ok", null)]
    [InlineData("", null)]
    public async Task AnalyzeAsync_Language_IsZhCnEnOrNull(string message, string? expected)
    {
        var analysis = await analyzer.AnalyzeAsync(message, CancellationToken.None);

        Assert.Equal(expected, analysis.Language);
    }

    [Fact]
    public async Task AnalyzeAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analyzer.AnalyzeAsync("你好", cancelled.Token));
    }

    [Fact]
    public void Analyze_LongPastedText_ReadsTheStartForToneButTheWholeForPii()
    {
        // A calm question, then a pasted log: only the first 2,000 characters set the tone, while
        // a phone number at the very end is still found, so it is masked wherever an agent sees it.
        var filler = string.Concat(Enumerable.Repeat("订单同步记录 ", 1_000));
        var text = "请问保证金怎么退？" + filler + "气死了！！！骗子 联系我 13812345678";

        var analysis = analyzer.Analyze(text);

        Assert.True(text.Length > TextAnalysis.MaxReadLength * 2);
        Assert.NotEqual(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.Equal("zh-CN", analysis.Language);
        var phone = Assert.Single(analysis.Pii);
        Assert.Equal(PiiCategory.PhoneNumber, phone.Category);
        Assert.Equal(text.Length - 11, phone.Offset);
    }
}
