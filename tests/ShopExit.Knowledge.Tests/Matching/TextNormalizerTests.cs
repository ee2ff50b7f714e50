using ShopExit.Knowledge.Matching;

namespace ShopExit.Knowledge.Tests.Matching;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("保證金怎麼退", "保证金怎么退")]
    [InlineData("ＴＡＯＢＡＯ　店铺？！", "taobao 店铺")]
    [InlineData("  退款\t\r\n进度  ", "退款 进度")]
    [InlineData("保证金😡😡退款", "保证金 退款")]
    [InlineData("注销\u0000\u0007店铺", "注销 店铺")]
    [InlineData("Refund-Only?", "refund only")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("！？。…", "")]
    [InlineData("<img src=x onerror=\"window.__xss=1\">你好", "你好")]
    [InlineData("<b>保证金</b>怎么退", "保证金 怎么退")]
    [InlineData("1<2 的订单", "1 2 的订单")]
    public void Normalize_Text_GivesMatchingForm(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(null));
    }

    [Fact]
    public void Normalize_HugeText_IsCutAtTheDocumentedLimit()
    {
        var huge = string.Concat(Enumerable.Repeat("保证金退款", 4000));

        Assert.Equal(TextNormalizer.MaxInputLength, TextNormalizer.Normalize(huge).Length);
    }

    [Fact]
    public void Normalize_LoneSurrogateAtTheCut_DoesNotThrow()
    {
        var text = new string('退', TextNormalizer.MaxInputLength - 1) + "\uD83D" + "\uDE21" + "尾";

        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(TextNormalizer.MaxInputLength - 1, normalized.Length);
    }

    [Fact]
    public void Normalize_BrokenSurrogates_DoesNotThrow()
    {
        Assert.Equal("退款 进度", TextNormalizer.Normalize("退款\uDE21\uD83D进度"));
    }
}
