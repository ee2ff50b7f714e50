using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Tests.Support;

namespace ShopExit.Knowledge.Tests.Content;

public class FaqLoaderTests
{
    private const string ValidItem = """
        items:
          - id: closure-reopen
            questions: [注销后还能重新开店吗, 关店以后还能再开吗]
            answer:
              zh: 一般可以重新开通，具体以平台政策为准。
              en: Usually yes; it depends on the platform's policy.
        """;

    [Fact]
    public void Load_ShippedFaq_HasNoErrors()
    {
        var result = FaqLoader.Load(RepoPaths.Faq);

        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Problems));
    }

    [Fact]
    public void Load_ShippedFaq_HasEveryContractIdWithEnoughPhrasingsAndBothLanguages()
    {
        string[] contract =
        [
            "closure-reopen", "closure-data-recovery", "closure-credit-impact", "closure-problems", "closure-privacy",
            "closure-confirm", "closure-why", "closure-preparation", "deposit-refund-progress", "deposit-refund-delay",
            "deposit-refund-rejected", "deposit-refund-failure", "deposit-refund-speedup", "deposit-refund-check",
            "deposit-refund-wrong-amount", "deposit-banned-account", "refund-only-what", "refund-only-handle",
            "refund-only-malicious", "refund-only-prevent", "refund-only-late", "refund-record-delete",
            "refund-buyer-steps", "fraud", "flow:closure", "flow:deposit-refund", "escalate",
        ];
        var entries = FaqLoader.Load(RepoPaths.Faq).Content.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

        Assert.All(contract, id =>
        {
            Assert.True(entries.ContainsKey(id), $"missing {id}");
            Assert.True(entries[id].Questions.Count >= 8, $"{id} has {entries[id].Questions.Count} phrasings");
            Assert.NotEmpty(entries[id].Answer.Zh);
            Assert.NotEmpty(entries[id].Answer.En);
        });
    }

    [Fact]
    public void Load_ShippedDepositAnswers_StateTheSourcedFacts()
    {
        var entries = FaqLoader.Load(RepoPaths.Faq).Content.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

        Assert.Contains("3", entries["deposit-refund-delay"].Answer.Zh, StringComparison.Ordinal);
        Assert.Contains("7", entries["deposit-refund-delay"].Answer.Zh, StringComparison.Ordinal);
        Assert.Contains("保证金管理", entries["deposit-refund-progress"].Answer.Zh, StringComparison.Ordinal);
        Assert.True(entries["deposit-banned-account"].Escalate);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsFileLineAndColumn()
    {
        using var folder = new TempFaqFolder().With("broken.yaml", "items:\n  - id: a\n    questions: [unclosed\n");

        var problem = Assert.Single(FaqLoader.Load(folder.Path).Problems, p => p.Severity == ProblemSeverity.Error);

        Assert.EndsWith("broken.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.True(problem.Location.Line >= 3, problem.ToString());
        Assert.Contains("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.Matches(@"broken\.yaml:\d+:\d+: error: YAML syntax error", problem.ToString());
    }

    [Fact]
    public void Load_DuplicateId_IsAnErrorNamingTheFirstDefinition()
    {
        using var folder = new TempFaqFolder().With("a.yaml", ValidItem).With("b.yaml", ValidItem.Replace("注销后还能重新开店吗", "店铺注销了还能开回来吗", StringComparison.Ordinal).Replace("关店以后还能再开吗", "还能再开店吗", StringComparison.Ordinal));

        var problem = Assert.Single(FaqLoader.Load(folder.Path).Problems, p => p.Message.Contains("duplicate id", StringComparison.Ordinal));

        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains("b.yaml:2:5", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("a.yaml:2:5", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("items:\n  - id: x\n    answer: {zh: 好, en: ok}\n", "'x' has no 'questions'", 2)]
    [InlineData("items:\n  - id: x\n    questions: []\n    answer: {zh: 好, en: ok}\n", "empty 'questions' list", 3)]
    [InlineData("items:\n  - id: x\n    questions: [问题]\n", "answer of 'x' is missing", 2)]
    [InlineData("items:\n  - id: x\n    questions: [问题]\n    answer: {zh: '', en: ok}\n", "'zh' of the answer of 'x' is empty", 4)]
    [InlineData("items:\n  - id: x\n    questions: [问题]\n    answer: {zh: 好}\n", "'en' of the answer of 'x' is missing", 4)]
    [InlineData("items:\n  - questions: [问题]\n    answer: {zh: 好, en: ok}\n", "'id' is missing", 2)]
    [InlineData("items:\n  - id: Bad_Id\n    questions: [问题]\n    answer: {zh: 好, en: ok}\n", "must be kebab-case", 2)]
    [InlineData("items:\n  - id: x\n    questions: [问题]\n    answer: {zh: 好, en: ok}\n    platforms:\n      jd: {zh: 好, en: ok}\n", "unknown platform 'jd'", 6)]
    public void Load_MissingOrEmptyField_IsAnErrorOnItsLine(string yaml, string message, int line)
    {
        using var folder = new TempFaqFolder().With("f.yaml", yaml);

        var problem = Assert.Single(FaqLoader.Load(folder.Path).Problems, p => p.Severity == ProblemSeverity.Error);

        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Location.Line);
    }

    [Fact]
    public void Load_DanglingFollowup_IsAnError()
    {
        using var folder = new TempFaqFolder().With("f.yaml", ValidItem + "\n    followups: [closure-nowhere]\n");

        var problem = Assert.Single(FaqLoader.Load(folder.Path).Problems, p => p.Severity == ProblemSeverity.Error);

        Assert.Contains("followup 'closure-nowhere'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContentFreePhrasing_IsAWarningWithItsPlace()
    {
        using var folder = new TempFaqFolder().With("f.yaml", """
            items:
              - id: smalltalk-thanks
                questions:
                  - 谢谢
                  - 好的
                  - ok
                answer: {zh: 不客气！, en: You're welcome!}
            """);

        var warnings = FaqLoader.Load(folder.Path).Problems.Where(p => p.Message.Contains("content-free", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(ProblemSeverity.Warning, w.Severity));
        Assert.StartsWith($"{Path.Combine(folder.Path, "f.yaml")}:5:9: warning: phrasing '好的' of 'smalltalk-thanks' is a content-free reply", warnings[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(6, warnings[1].Location.Line);
    }

    [Fact]
    public void Load_ShippedFaq_HasNoContentFreePhrasing()
    {
        Assert.DoesNotContain(FaqLoader.Load(RepoPaths.Faq).Problems, p => p.Message.Contains("content-free", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SamePhrasingUnderTwoItems_IsAnErrorNamingBoth()
    {
        using var folder = new TempFaqFolder().With("f.yaml", ValidItem + """

              - id: closure-confirm
                questions: [注销后还能重新开店吗？]
                answer: {zh: 联系客服确认。, en: Ask customer service.}
            """);

        var problem = Assert.Single(FaqLoader.Load(folder.Path).Problems, p => p.Severity == ProblemSeverity.Error);

        Assert.Contains("'closure-confirm'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'closure-reopen'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(8, problem.Location.Line);
    }

    [Fact]
    public void Load_SeveralMistakes_ReportsAllOfThemInFileOrder()
    {
        using var folder = new TempFaqFolder().With("f.yaml", """
            items:
              - id: a
                questions: [一]
              - id: b
                answer: {zh: 好, en: ok}
            """);

        var errors = FaqLoader.Load(folder.Path).Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();

        Assert.Equal(2, errors.Count);
        Assert.True(errors[0].Location.Line < errors[1].Location.Line);
    }

    [Fact]
    public void Load_MissingFolder_IsAnErrorNotAnException()
    {
        var result = FaqLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-faq-" + Guid.NewGuid()));

        Assert.True(result.HasErrors);
        Assert.Contains("does not exist", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConflictingSynonymVariant_IsAnError()
    {
        using var folder = new TempFaqFolder().With("f.yaml", ValidItem).With("synonyms.yaml", """
            synonyms:
              - canonical: 保证金
                variants: [押金]
              - canonical: 定金
                variants: [押金]
            """);

        var problem = Assert.Single(FaqLoader.Load(folder.Path).Problems, p => p.Severity == ProblemSeverity.Error);

        Assert.Contains("'押金'", problem.Message, StringComparison.Ordinal);
    }
}
