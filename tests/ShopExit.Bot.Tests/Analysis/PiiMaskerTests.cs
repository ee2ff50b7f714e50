using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Tests.Analysis;

public class PiiMaskerTests
{
    [Theory]
    [InlineData("我的手机13812345678，谢谢", "我的手机138****5678，谢谢")]
    [InlineData("手机号 138 1234 5678", "手机号 138****5678")]
    [InlineData("+86 138 1234 5678", "+86 138****5678")]
    [InlineData("手机１３８１２３４５６７８", "手机138****5678")]
    [InlineData("身份证11010519900309123X", "身份证110***********123X")]
    [InlineData("身份证11010519491231002x", "身份证110***********002X")]
    [InlineData("卡号 6222 0212 3456 7890 128 退这里", "卡号 ****0128 退这里")]
    [InlineData("卡号6228480012345671", "卡号****5671")]
    [InlineData("邮箱 alice@example.com", "邮箱 a***@example.com")]
    [InlineData("保证金怎么退", "保证金怎么退")]
    public void Mask_FoundEntities_ShowsOnlyWhatIdentifiesNobody(string text, string expected)
    {
        Assert.Equal(expected, PiiMasker.Mask(text, PiiDetector.Find(text)));
    }

    [Theory]
    [InlineData("电话138.1234.5678", "电话138****5678")]
    [InlineData("电话138/1234/5678", "电话138****5678")]
    [InlineData("电话138  1234  5678。", "电话138****5678。")]
    [InlineData("电话1381234 5678", "电话138****5678")]
    [InlineData("电话1\u200B3\u200C8\u200D1\u20602\uFEFF345678", "电话138****5678")]
    [InlineData("订单号6222021234567890128是我的银行卡", "订单号****0128是我的银行卡")]
    [InlineData("订单号1381234567", "订单号1381234567")]
    [InlineData("订单号6912345678901234564卡住了", "订单号6912345678901234564卡住了")]
    public void Mask_OtherWaysOfWritingAPhoneOrCard_AreMaskedAndOrdersAreNot(string text, string expected)
    {
        Assert.Equal(expected, PiiMasker.Mask(text, PiiDetector.Find(text)));
    }

    [Fact]
    public void Mask_MessageWithEverything_HidesEveryPiece()
    {
        const string text = "身份证11010519491231002X，手机13812345678，卡号6222021234567890128，邮箱li@example.com";

        var masked = PiiMasker.Mask(text, PiiDetector.Find(text));

        Assert.Equal("身份证110***********002X，手机138****5678，卡号****0128，邮箱l***@example.com", masked);
    }

    [Fact]
    public void Mask_EntitiesOutOfOrderOverlappingOrOutOfRange_HidesThemWithoutThrowing()
    {
        const string text = "call 13812345678 now";
        PiiEntity[] pii =
        [
            new(PiiCategory.PhoneNumber, 8, 8),
            new(PiiCategory.PhoneNumber, 5, 11),
            new(PiiCategory.Email, 18, 40),
            new(PiiCategory.BankCardNumber, -3, 2),
            new(PiiCategory.Email, 100, 5),
        ];

        var masked = PiiMasker.Mask(text, pii);

        Assert.Equal("call 138****5678 n***", masked);
        Assert.DoesNotContain("1234", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_NoEntities_ReturnsTheTextUnchanged()
    {
        Assert.Equal("13812345678", PiiMasker.Mask("13812345678", []));
    }
}
