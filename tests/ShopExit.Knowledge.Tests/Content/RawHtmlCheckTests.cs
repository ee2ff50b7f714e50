using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Tests.Support;

namespace ShopExit.Knowledge.Tests.Content;

public class RawHtmlCheckTests
{
    [Fact]
    public void Load_AnswerWithATag_WarnsWhereItIs()
    {
        using var folder = new TempFaqFolder().With("items.yaml", """
            items:
              - id: closure-reopen
                questions: [注销后还能重新开店吗, 关店以后还能再开吗]
                answer:
                  zh: 一般<b>可以</b>重新开通。
                  en: Usually yes.
            """);

        var result = FaqLoader.Load(folder.Path);

        var warning = Assert.Single(result.Problems, p => p.Message.Contains("raw HTML", StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal((2, 5), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'closure-reopen'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", true)]
    [InlineData("</p>", true)]
    [InlineData("<!-- note -->", true)]
    [InlineData("金额 < 100 元", false)]
    [InlineData("3<5", false)]
    [InlineData("**粗体** 和 - 列表", false)]
    public void HasTag_FindsTagsNotComparisons(string text, bool tag)
    {
        Assert.Equal(tag, RawHtmlCheck.HasTag(text));
    }
}
