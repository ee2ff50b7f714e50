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
            Entry("refund-only-handle", "仅退款的申请怎么处理", "仅退款要怎么处理"),
            Entry("refund-only-prevent", "仅退款的申请怎么减少", "仅退款要怎么减少"),
            Entry("closure-reopen", "注销后能重开吗", "注销后还能开店吗"),
        ], []));

        var result = knowledge.Match("仅退款的申请要怎么办");

        Assert.Equal(MatchDecision.Clarify, result.Decision);
        Assert.Equal(MatchRule.ClarifyMargin, result.Rule);
        Assert.InRange(result.ClarifyChoices.Count, 2, 3);
    }

    [Fact]
    public void Match_BareTopicWord_ClarifiesAmongItsTopic()
    {
        // 退款 alone is a topic, not a question: ask which one, never answer one of them.
        var result = Shipped.Match("退款");

        Assert.Equal(MatchDecision.Clarify, result.Decision);
        Assert.Equal(MatchRule.ShortText, result.Rule);
        Assert.All(result.ClarifyChoices, c => Assert.Contains("refund", c.Entry.Tags));
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("没有")]
    [InlineData("不要")]
    [InlineData("不知道")]
    [InlineData("嗯嗯，已经弄好了呀")]
    [InlineData("ok")]
    [InlineData("not yet")]
    [InlineData("666")]
    [InlineData("我有问题")]
    public void Match_ContentFreeReply_FallsBackWithTheRule(string text)
    {
        var result = Shipped.Match(text);

        Assert.Equal(MatchDecision.Fallback, result.Decision);
        Assert.Equal(MatchRule.ContentFree, result.Rule);
    }

    [Theory]
    [InlineData("急")]
    [InlineData("心累")]
    [InlineData("烦死了")]
    [InlineData("how old are you")]
    [InlineData("怎么联系你们")]
    public void Match_ShortTextWithoutStrongEvidence_FallsBack(string text)
    {
        var result = Shipped.Match(text);

        Assert.Equal(MatchDecision.Fallback, result.Decision);
        Assert.Equal(MatchRule.ShortText, result.Rule);
    }

    [Theory]
    [InlineData("转人工", "escalate")]
    [InlineData("退保证金", "flow:deposit-refund")]
    [InlineData("你好", "smalltalk-greeting")]
    [InlineData("谢谢", "smalltalk-thanks")]
    [InlineData("您好呀", "smalltalk-greeting")]
    [InlineData("在么", "smalltalk-greeting")]
    [InlineData("亲，在吗", "smalltalk-greeting")]
    [InlineData("谢了", "smalltalk-thanks")]
    [InlineData("客服在吗", "smalltalk-greeting")]
    [InlineData("thx", "smalltalk-thanks")]
    public void Match_ShortExactPhrasing_StillAnswers(string text, string expected)
    {
        var result = Shipped.Match(text);

        Assert.Equal(expected, result.Label);
        Assert.Equal(MatchRule.Exact, result.Rule);
    }

    [Theory]
    [InlineData("我都说了好几遍了，保证金到底什么时候退，转人宫")]
    [InlineData("注销的事我搞不明白，叫你们主管来")]
    [InlineData("this is going nowhere, let me speak to a representitive")]
    [InlineData("机器人听不懂，换个人")]
    public void Match_HumanRequestAnywhere_Escalates(string text)
    {
        var result = Shipped.Match(text);

        Assert.Equal("escalate", result.Label);
        Assert.Equal(MatchRule.HumanRequest, result.Rule);
        Assert.Equal(1.0, result.TopScore);
    }

    [Theory]
    [InlineData("保证金退款被拒绝要联系客服吗")]
    [InlineData("注销后要联系平台客服确认吗")]
    [InlineData("the agent said my deposit is late")]
    public void Match_QuestionAboutCustomerService_IsNotAHumanRequest(string text)
    {
        var result = Shipped.Match(text);

        Assert.NotEqual(MatchRule.HumanRequest, result.Rule);
        Assert.NotEqual("escalate", result.Label);
    }

    [Theory]
    [InlineData("你是机器人吗")]
    [InlineData("你是真人吗")]
    [InlineData("是AI吗")]
    [InlineData("are you a bot?")]
    [InlineData("are you human?")]
    [InlineData("你到底是真人还是机器人啊")]
    [InlineData("Am I chatting with a robot right now?")]
    public void Match_AskingWhatTheBotIs_AnswersBotIdentity(string text)
    {
        var result = Shipped.Match(text);

        Assert.Equal("bot-identity", result.Label);
        Assert.True(result.Answer!.Escalate);
    }

    [Theory]
    [InlineData("店铺注销后保证金怎么退", "closure-deposit")]
    [InlineData("关店后保证金还能退吗", "closure-deposit")]
    [InlineData("Is my deposit lost if I close my shop?", "closure-deposit")]
    [InlineData("账号被封了保证金还能退吗", "deposit-banned-account")]
    [InlineData("My account got banned, is the deposit gone?", "deposit-banned-account")]
    public void Match_ClosingIsNotBeingBanned(string question, string expected)
    {
        // A merchant closing normally must not be told the deposit is lost.
        Assert.Equal(expected, Shipped.Match(question).Label);
    }

    [Fact]
    public void Match_EveryDecision_NamesItsRule()
    {
        Assert.Equal(MatchRule.Empty, Shipped.Match("？？").Rule);
        Assert.Equal(MatchRule.OutOfScope, Shipped.Match("今天天气怎么样").Rule);
        Assert.Equal(MatchRule.BelowThreshold, Shipped.Match("店铺怎么升级成旗舰店").Rule);
        Assert.Equal(MatchRule.Score, Shipped.Match("保证金退款一般几天能到").Rule);
    }

    [Fact]
    public void Explain_GivesTheSameDecisionAsMatch_WithTheScoreParts()
    {
        var explanation = Shipped.Matcher.Explain("抖店保证金退款一般几天能到");

        Assert.Equal(Shipped.Match("抖店保证金退款一般几天能到").Label, explanation.Result.Label);
        Assert.Equal(Platform.Douyin, explanation.PlatformInText);
        Assert.DoesNotContain("抖", explanation.Normalized, StringComparison.Ordinal);
        Assert.Contains(explanation.Terms, t => t.Text == "保证" && t.Known);
        var best = explanation.Candidates[0];
        Assert.Equal("deposit-refund-delay", best.Entry.Id);
        Assert.InRange(best.Phrasing, 0, 1);
        Assert.InRange(best.Coverage, 0, 1);
        Assert.InRange(best.Bm25, 0, 1);
        Assert.Contains(explanation.Checks, c => c.Contains("fallback threshold", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_RuleDecidedEarly_StillShowsCandidates()
    {
        var explanation = Shipped.Matcher.Explain("好的");

        Assert.Equal(MatchRule.ContentFree, explanation.Result.Rule);
        Assert.NotEmpty(explanation.Candidates);
        Assert.StartsWith("content-free reply: yes", explanation.Checks[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PlatformGiven_IsUsedWhenTheTextNamesNone()
    {
        Assert.Equal(Platform.Kuaishou, Shipped.Matcher.Explain("保证金退款要多久", Platform.Kuaishou).Result.Platform);
        Assert.Equal(Platform.Douyin, Shipped.Matcher.Explain("抖店保证金退款要多久", Platform.Kuaishou).Result.Platform);
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
