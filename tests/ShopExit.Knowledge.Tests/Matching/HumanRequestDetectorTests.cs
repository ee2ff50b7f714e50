using ShopExit.Knowledge.Matching;

namespace ShopExit.Knowledge.Tests.Matching;

public class HumanRequestDetectorTests
{
    [Theory]
    [InlineData("人工")]
    [InlineData("人工客服")]
    [InlineData("转人工")]
    [InlineData("找客服")]
    [InlineData("要客服")]
    [InlineData("叫客服")]
    [InlineData("联系客服")]
    [InlineData("真人")]
    [InlineData("活人")]
    [InlineData("叫你们经理")]
    [InlineData("叫你们主管来")]
    [InlineData("找你们负责人")]
    [InlineData("你们经理呢")]
    [InlineData("换个人")]
    [InlineData("换一个人来回答")]
    [InlineData("不要机器人")]
    [InlineData("我不想跟机器人说话")]
    [InlineData("机器人听不懂")]
    [InlineData("这个机器人根本没用")]
    [InlineData("人工 人工 人工")]
    [InlineData("轉人工")]
    [InlineData("退保证金太麻烦了，转人工吧")]
    [InlineData("保证金的事我说不清楚，帮我转人工客服")]
    [InlineData("能不能给我接个客服电话")]
    [InlineData("我要跟客服直接说")]
    [InlineData("有没有真人")]
    [InlineData("你是机器人吧 叫个真人来")]
    [InlineData("real person")]
    [InlineData("human")]
    [InlineData("agent")]
    [InlineData("representative")]
    [InlineData("manager")]
    [InlineData("talk to someone")]
    [InlineData("speak to a person")]
    [InlineData("I want to talk to a human")]
    [InlineData("Can I speak to someone about my deposit?")]
    [InlineData("get me a real person now")]
    [InlineData("transfer me to an agent")]
    [InlineData("connect me with customer service")]
    [InlineData("let me talk to your manager")]
    [InlineData("ｒｅａｌ ｐｅｒｓｏｎ please")]
    public void Find_RequestForAPerson_IsFound(string text)
    {
        Assert.NotNull(HumanRequestDetector.Find(text));
    }

    [Theory]
    [InlineData("转人宫")]
    [InlineData("我要人攻")]
    [InlineData("仁工客服")]
    [InlineData("有没有真仁")]
    [InlineData("huamn please")]
    [InlineData("humna")]
    [InlineData("agnet please")]
    [InlineData("can I speak to a persn")]
    [InlineData("I need a representitive")]
    public void Find_TyposAndHomophones_AreStillFound(string text)
    {
        Assert.NotNull(HumanRequestDetector.Find(text));
    }

    [Theory]
    [InlineData("保证金退款被拒绝要联系客服吗")]
    [InlineData("注销后要联系平台客服确认吗")]
    [InlineData("注销完需要再找客服确认一下吗")]
    [InlineData("注销以后还要找客服确认吗")]
    [InlineData("是不是要联系客服才能退保证金")]
    [InlineData("保证金退款失败要不要找客服")]
    [InlineData("抖店纠纷怎么让客服介入")]
    [InlineData("抖音客服让我等3到7个工作日")]
    [InlineData("客服说保证金要等7天")]
    [InlineData("我已经联系过客服了，还是没退")]
    [InlineData("不用转人工，我自己弄")]
    [InlineData("保证金退款需要人工审核吗")]
    [InlineData("人工智能能帮我开店吗")]
    [InlineData("怎么更换个人信息")]
    [InlineData("客服你好")]
    [InlineData("客服在吗")]
    [InlineData("客服电话是多少")]
    [InlineData("the agent said my deposit is late")]
    [InlineData("I emailed support and the representative told me to wait")]
    [InlineData("Do I need to talk to customer service after closing my shop?")]
    [InlineData("Should I contact an agent if my refund is rejected?")]
    [InlineData("How do I manage my shop after closing?")]
    [InlineData("how can I get more people to visit my shop")]
    [InlineData("The human review of my deposit is taking long")]
    [InlineData("hi, anyone?")]
    [InlineData("anyone there?")]
    public void Find_QuestionAboutCustomerService_IsNoRequest(string text)
    {
        Assert.Null(HumanRequestDetector.Find(text));
    }

    [Theory]
    [InlineData("你是机器人吗")]
    [InlineData("你是真人吗")]
    [InlineData("是AI吗")]
    [InlineData("是人工客服吗")]
    [InlineData("你是人工还是机器人")]
    [InlineData("are you a bot?")]
    [InlineData("are you a robot")]
    [InlineData("are you human?")]
    [InlineData("is this a real person?")]
    public void Find_AskingWhatTheBotIs_IsNoRequest(string text)
    {
        Assert.Null(HumanRequestDetector.Find(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("😀")]
    [InlineData("保证金怎么退")]
    public void Find_NothingAboutAPerson_IsNull(string? text)
    {
        Assert.Null(HumanRequestDetector.Find(text));
    }
}
