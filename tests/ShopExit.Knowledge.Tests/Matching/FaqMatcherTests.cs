using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;
using ShopExit.Knowledge.Tests.Support;

namespace ShopExit.Knowledge.Tests.Matching;

public class FaqMatcherTests
{
    private static KnowledgeBase Shipped => ShippedKnowledge.Instance;

    [Theory]
    [InlineData("什么是仅退款", "refund-only-what")]
    [InlineData("保证金退款一般几天能到", "deposit-refund-delay")]
    [InlineData("买家怎么申请退款", "refund-buyer-steps")]
    [InlineData("保证金退款进度在哪里看", "deposit-refund-progress")]
    [InlineData("注销后店铺还能重新开吗", "closure-reopen")]
    [InlineData("转人工", "escalate")]
    [InlineData("我要注销店铺", "flow:closure")]
    [InlineData("我想退保证金", "flow:deposit-refund")]
    public void Match_TypicalQuestion_AnswersTheRightEntry(string question, string expected)
    {
        var result = Shipped.Match(question);

        Assert.Equal(MatchDecision.Answer, result.Decision);
        Assert.Equal(expected, result.Label);
    }

    [Theory]
    [InlineData("什么是仅退款", "refund-only-what")]
    [InlineData("保证金退款一般几天能到", "deposit-refund-delay")]
    [InlineData("买家怎么申请退款", "refund-buyer-steps")]
    public void Match_LookAlikes_AreNotConfused(string question, string expected)
    {
        // 仅退款 vs 保证金退款 vs 买家退款 share 退款; each must keep its own answer.
        var result = Shipped.Match(question);

        Assert.Equal(expected, result.Label);
        Assert.All(result.Candidates.Skip(1), c => Assert.True(c.Score < result.TopScore));
    }

    [Theory]
    [InlineData("保證金退款進度在哪裡看", "deposit-refund-progress")]
    [InlineData("保正金退款进度在哪里看", "deposit-refund-progress")]
    [InlineData("押金退款进度在哪里看", "deposit-refund-progress")]
    [InlineData("保证金退款进度在哪里看？？！！", "deposit-refund-progress")]
    [InlineData("请问一下我抖店的保证金退款进度在哪里看啊", "deposit-refund-progress")]
    public void Match_VariantsOfOneQuestion_GiveTheSameAnswer(string question, string expected)
    {
        Assert.Equal(expected, Shipped.Match(question).Label);
    }

    [Theory]
    [InlineData("今天杭州天气怎么样")]
    [InlineData("给我写一首关于春天的诗")]
    [InlineData("直播带货有什么技巧")]
    [InlineData("What's the weather like tomorrow?")]
    [InlineData("红烧肉怎么做")]
    public void Match_OffTopic_FallsBack(string question)
    {
        Assert.Equal(MatchDecision.Fallback, Shipped.Match(question).Decision);
    }

    [Theory]
    [InlineData("抖店保证金退款进度在哪看", Platform.Douyin)]
    [InlineData("快手小店怎么注销", Platform.Kuaishou)]
    [InlineData("拼夕夕保证金怎么退", Platform.Pinduoduo)]
    [InlineData("淘宝店铺注销", Platform.Taobao)]
    [InlineData("保证金怎么退", null)]
    public void Match_PlatformName_IsReported(string question, Platform? platform)
    {
        Assert.Equal(platform, Shipped.Match(question).Platform);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("😀😀😀")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("！？，。")]
    public void Match_NothingToMatch_FallsBackWithoutCandidates(string text)
    {
        var result = Shipped.Match(text);

        Assert.Equal(MatchDecision.Fallback, result.Decision);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Match_TenKilobytesOfText_StillDecides()
    {
        var huge = "保证金退款进度在哪里看" + new string('啊', 10_240);

        var result = Shipped.Match(huge);

        Assert.Equal("deposit-refund-progress", result.Candidates[0].Entry.Id);
    }

    [Fact]
    public void Match_MixedScripts_DoesNotThrow()
    {
        var result = Shipped.Match("my 保证金 refund 退款 진행 ステータス ٢٣ 🙂");

        Assert.NotNull(result.Label);
    }

    [Fact]
    public void Match_TwoEntriesEquallyClose_Clarifies()
    {
        var knowledge = KnowledgeBase.FromContent(new FaqContent(
        [
            Entry("deposit-refund-delay", "保证金退款要多久", "保证金多久到账"),
            Entry("refund-only-what", "仅退款是什么意思", "什么叫仅退款"),
            Entry("refund-buyer-steps", "买家怎么申请退款", "顾客退款步骤"),
        ], []));

        var result = knowledge.Match("退款");

        Assert.Equal(MatchDecision.Clarify, result.Decision);
        Assert.InRange(result.ClarifyChoices.Count, 2, 3);
    }

    [Fact]
    public void Match_ExactPhrasing_ScoresOne()
    {
        var result = Shipped.Match(Shipped.Find("closure-reopen")!.Questions[0].Text);

        Assert.Equal(1.0, result.TopScore);
        Assert.Equal("closure-reopen", result.Label);
    }

    [Fact]
    public void Match_EnglishQuestion_Answers()
    {
        Assert.Equal("deposit-refund-delay", Shipped.Match("How long does the deposit refund take?").Label);
    }

    [Fact]
    public void Match_FromManyThreads_GivesTheSameResults()
    {
        string[] questions = ["什么是仅退款", "保证金退款一般几天能到", "买家怎么申请退款", "今天天气怎么样"];
        var expected = questions.Select(q => Shipped.Match(q).Label).ToArray();

        var results = Enumerable.Range(0, 400).AsParallel().Select(i => Shipped.Match(questions[i % 4]).Label == expected[i % 4]).ToList();

        Assert.All(results, Assert.True);
    }

    private static FaqEntry Entry(string id, params string[] questions) => new()
    {
        Id = id,
        Questions = questions.Select(q => new Phrasing(q, new SourceLocation("t.yaml", 1, 1))).ToList(),
        Answer = new LocalizedText("答", "answer"),
        Location = new SourceLocation("t.yaml", 1, 1),
    };
}
