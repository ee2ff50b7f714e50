using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Tests.Support;

namespace ShopExit.Knowledge.Tests.Content;

public class PhrasingOverlapCheckTests
{
    [Fact]
    public void Load_PhrasingThatMatchesAnotherItemBetter_IsAWarningNamingBoth()
    {
        using var folder = new TempFaqFolder().With("f.yaml", """
            items:
              - id: deposit-refund-delay
                questions: [保证金退款要多久, 保证金多久能到账, 保证金退款几天到]
                answer: {zh: 3-7个工作日。, en: 3-7 working days.}
              - id: deposit-refund-progress
                questions: [保证金退款进度在哪看, 在哪里查看保证金退款进度, 保证金退款要多久到账呢]
                answer: {zh: 保证金管理页面。, en: The deposit management page.}
            """);

        var (knowledge, problems) = KnowledgeBase.Load(folder.Path);

        Assert.NotNull(knowledge);
        var warning = Assert.Single(problems, p => p.Message.Contains("of 'deposit-refund-progress' matches", StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("'保证金退款要多久到账呢' of 'deposit-refund-progress' matches 'deposit-refund-delay'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(6, warning.Location.Line);
    }

    [Fact]
    public void Load_ContentWithErrors_GivesNoKnowledgeBase()
    {
        using var folder = new TempFaqFolder().With("f.yaml", "items: [");

        var (knowledge, problems) = KnowledgeBase.Load(folder.Path);

        Assert.Null(knowledge);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error);
    }
}
