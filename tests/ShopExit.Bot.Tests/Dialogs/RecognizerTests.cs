using ShopExit.Bot.Dialogs.Choices;

namespace ShopExit.Bot.Tests.Dialogs;

public class RecognizerTests
{
    private static readonly Choice[] Platforms =
    [
        new("Douyin", ["抖音", "抖店", "dy"], "抖音小店"),
        new("Kuaishou", ["快手"], "快手小店"),
        new("Taobao", ["淘宝"], "淘宝"),
        new("Generic", ["其他"], "其他平台"),
    ];

    [Theory]
    [InlineData("抖音小店", "Douyin")]
    [InlineData("抖店", "Douyin")]
    [InlineData("我是抖店的", "Douyin")]
    [InlineData("快手", "Kuaishou")]
    [InlineData("1", "Douyin")]
    [InlineData("第二个", "Kuaishou")]
    [InlineData("第3个", "Taobao")]
    [InlineData("选三", "Taobao")]
    [InlineData("the second one", "Kuaishou")]
    [InlineData("最后一个", "Generic")]
    [InlineData("淘寶", "Taobao")]
    [InlineData("ＴＡＯＢＡＯ", "Taobao")]
    [InlineData("5", null)]
    [InlineData("不知道", null)]
    [InlineData("", null)]
    public void ChoiceRecognizer_Reply_FindsTheChoice(string reply, string? expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(reply, Platforms)?.Value);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("是的", true)]
    [InlineData("好的", true)]
    [InlineData("对", true)]
    [InlineData("嗯", true)]
    [InlineData("嗯嗯", true)]
    [InlineData("可以", true)]
    [InlineData("没问题", true)]
    [InlineData("好的，已经处理完了", true)]
    [InlineData("Yes", true)]
    [InlineData("ok", true)]
    [InlineData("sure, done", true)]
    [InlineData("不是", false)]
    [InlineData("没有", false)]
    [InlineData("不用", false)]
    [InlineData("还没", false)]
    [InlineData("还没有处理完", false)]
    [InlineData("否", false)]
    [InlineData("no", false)]
    [InlineData("not yet", false)]
    [InlineData("I haven't", false)]
    [InlineData("I know", null)]
    [InlineData("保证金", null)]
    [InlineData("", null)]
    public void ConfirmRecognizer_Reply_ReadsYesOrNo(string reply, bool? expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(reply));
    }
}
