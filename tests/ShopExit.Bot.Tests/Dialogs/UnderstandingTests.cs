using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Dialogs;

public class UnderstandingTests
{
    [Theory]
    [InlineData("保证金多久到账？", true)]
    [InlineData("保证金多久到账", true)]
    [InlineData("注销后还能重新开吗", true)]
    [InlineData("How long does it take", true)]
    [InlineData("已经提交了", false)]
    [InlineData("我的保证金申请退了十天了还没到账", false)]
    [InlineData("done", false)]
    [InlineData("", false)]
    public void QuestionCues_Message_ReadsAsAQuestionOrNot(string text, bool asks)
    {
        Assert.Equal(asks, QuestionCues.Asks(text));
    }

    [Theory]
    [InlineData("保证金退款要多久？被拒绝了怎么办？", new[] { "保证金退款要多久", "被拒绝了怎么办" })]
    [InlineData("注销后数据还能恢复吗，还有对信用有影响吗", new[] { "注销后数据还能恢复吗", "对信用有影响吗" })]
    [InlineData("How long does it take? And also what if it is rejected", new[] { "How long does it take", "what if it is rejected" })]
    [InlineData("好？", new string[0])]
    [InlineData("what about if I close normally, is the deposit gone?", new[] { "what about if I close normally, is the deposit gone" })]
    public void Sentences_Message_IsCutWhereItAsksAnotherThing(string text, string[] expected)
    {
        Assert.Equal(expected, MessageQuestions.Sentences(text));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('退')]
    [InlineData('？')]
    public async Task Turn_HugeMessageWithoutSpaces_IsAnsweredQuickly(char filler)
    {
        // The whole turn reads a pasted 250 KB text in bounded time, in and out of a walkthrough.
        var client = new DialogTestClient();
        var text = new string(filler, 250 * 1024);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.NotEmpty(await client.SendAsync(text));
        await client.SendAsync("注销店铺");
        Assert.NotEmpty(await client.SendAsync(text));

        Assert.True(watch.ElapsedMilliseconds < 3000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void ButtonValues_OnlyShortStringValuesAreRead()
    {
        Assert.Equal("entry:fraud", ButtonValues.Of(new Activity { Value = JsonSerializer.SerializeToElement("entry:fraud") }));
        Assert.Null(ButtonValues.Of(new Activity { Value = JsonSerializer.SerializeToElement(new { a = 1 }) }));
        Assert.Null(ButtonValues.Of(new Activity { Value = JsonSerializer.SerializeToElement(new string('x', 201)) }));
        Assert.Null(ButtonValues.Of(new Activity()));
        Assert.Equal("fraud", ButtonValues.EntryOf("entry:fraud"));
        Assert.Null(ButtonValues.EntryOf("entry:"));
        Assert.Equal("Douyin", ButtonValues.ChoiceOf("choice:Douyin"));
    }

    [Theory]
    [InlineData("是的", true, PromptReading.Natural)]
    [InlineData("弄好了呀", true, PromptReading.Natural)]
    [InlineData("还没有，我先去处理一下", false, PromptReading.Leading)]
    [InlineData("我的保证金申请退了十天了还没到账", null, PromptReading.None)]
    [InlineData("不清楚", null, PromptReading.None)]
    public void ConfirmRecognizer_Reply_SaysHowItWasRead(string text, bool? value, PromptReading reading)
    {
        Assert.Equal((value, reading), ConfirmRecognizer.Read(text));
    }
}
