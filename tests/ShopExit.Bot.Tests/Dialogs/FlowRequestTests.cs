using ShopExit.Bot.Dialogs.Flows;

namespace ShopExit.Bot.Tests.Dialogs;

// What is left of a sentence once its asides and wish are set aside: the request a walkthrough
// switch is matched on. The stories in faq/tests/changing-walkthrough.yaml test the conversations.
public class FlowRequestTests
{
    [Theory]
    [InlineData("其实我想先退保证金", "退保证金")]
    [InlineData("我还是先注销店铺吧", "注销店铺")]
    [InlineData("那还是办理店铺注销吧", "店铺注销")]
    [InlineData("换成退保证金吧", "退保证金")]
    [InlineData("我先去注销店铺", "注销店铺")]
    [InlineData("注销店铺", "注销店铺")]
    [InlineData("actually I want to close my shop", "close my shop")]
    [InlineData("I want to close my shop instead.", "close my shop")]
    [InlineData("ok let's do the deposit refund first", "the deposit refund")]
    [InlineData("On second thought, I'd rather get my deposit back", "get my deposit back")]
    [InlineData("I’d rather close my shop", "close my shop")]
    public void Core_SetsAsideTheAsidesAndTheWish(string sentence, string request) =>
        Assert.Equal(request, FlowRequest.Core(sentence));

    [Theory]
    [InlineData("我不想注销店铺", true)]
    [InlineData("先不退保证金", true)]
    [InlineData("I don't want to close my shop", true)]
    [InlineData("I don’t want to close my shop", true)]
    [InlineData("no need to close it", true)]
    [InlineData("其实我想注销店铺", false)]
    [InlineData("actually I want to close my shop", false)]
    public void Declines_SaysTheMerchantDoesNotWantIt(string sentence, bool declines) =>
        Assert.Equal(declines, FlowRequest.Declines(sentence));
}
