using ShopExit.Knowledge.Matching;

namespace ShopExit.Knowledge.Tests.Matching;

public class ReplyLexiconTests
{
    [Theory]
    [InlineData("是", ReplyKind.Yes)]
    [InlineData("好了", ReplyKind.Yes)]
    [InlineData("弄好了", ReplyKind.Yes)]
    [InlineData("搞定", ReplyKind.Yes)]
    [InlineData("完成了", ReplyKind.Yes)]
    [InlineData("嗯嗯，已经弄好了呀", ReplyKind.Yes)]
    [InlineData("没有问题", ReplyKind.Yes)]
    [InlineData("Yep", ReplyKind.Yes)]
    [InlineData("done", ReplyKind.Yes)]
    [InlineData("ok了", ReplyKind.Yes)]
    [InlineData("提好了", ReplyKind.Yes)]
    [InlineData("都发完了", ReplyKind.Yes)]
    [InlineData("还没提", ReplyKind.No)]
    [InlineData("没发呢", ReplyKind.No)]
    [InlineData("还没注销", ReplyKind.None)]
    [InlineData("没呢", ReplyKind.No)]
    [InlineData("还没弄", ReplyKind.No)]
    [InlineData("还没有", ReplyKind.No)]
    [InlineData("不是", ReplyKind.No)]
    [InlineData("好的，没有", ReplyKind.No)]
    [InlineData("not yet", ReplyKind.No)]
    [InlineData("还没有处理完", ReplyKind.No)]
    [InlineData("没弄好", ReplyKind.No)]
    [InlineData("I haven't", ReplyKind.No)]
    [InlineData("Nope!", ReplyKind.No)]
    [InlineData("不清楚", ReplyKind.Unsure)]
    [InlineData("不知道", ReplyKind.Unsure)]
    [InlineData("我也不知道啊", ReplyKind.Unsure)]
    [InlineData("我没有", ReplyKind.No)]
    [InlineData("what?", ReplyKind.Unsure)]
    [InlineData("是吗", ReplyKind.Unsure)]
    [InlineData("弄好了吗", ReplyKind.Unsure)]
    [InlineData("已经弄好了，不是", ReplyKind.Unsure)]
    [InlineData("弄好了，然后呢", ReplyKind.Yes)]
    [InlineData("已完成，下一步呢？", ReplyKind.Yes)]
    [InlineData("done, what's next", ReplyKind.Yes)]
    [InlineData("ok done, then what?", ReplyKind.Yes)]
    [InlineData("然后呢", ReplyKind.Unsure)]
    [InlineData("what's next", ReplyKind.Unsure)]
    [InlineData("好的，然后呢", ReplyKind.Unsure)]
    [InlineData("还没有，然后呢", ReplyKind.No)]
    [InlineData("弄好了，不是，然后呢", ReplyKind.Unsure)]
    [InlineData("666", ReplyKind.Filler)]
    [InlineData("1", ReplyKind.Filler)]
    [InlineData("哈哈哈", ReplyKind.Filler)]
    [InlineData("收到", ReplyKind.Filler)]
    [InlineData("got it", ReplyKind.Filler)]
    [InlineData("我有问题", ReplyKind.Filler)]
    [InlineData("我有一个问题呀", ReplyKind.Filler)]
    [InlineData("我有问题要问保证金", ReplyKind.None)]
    [InlineData("我要找客服", ReplyKind.None)]
    [InlineData("我是抖音的", ReplyKind.None)]
    [InlineData("没有纠纷", ReplyKind.None)]
    [InlineData("保证金", ReplyKind.None)]
    [InlineData("你好", ReplyKind.None)]
    [InlineData("谢谢", ReplyKind.None)]
    [InlineData("88", ReplyKind.None)]
    [InlineData("886", ReplyKind.None)]
    [InlineData("", ReplyKind.None)]
    public void Classify_WholeReply_SaysWhatItMeans(string reply, ReplyKind expected)
    {
        Assert.Equal(expected, ReplyLexicon.Classify(reply));
    }

    [Theory]
    [InlineData("还没有，我先去处理一下", ReplyKind.No)]
    [InlineData("好的，还没弄", ReplyKind.No)]
    [InlineData("已经弄好了，下一步呢", ReplyKind.Yes)]
    [InlineData("我的保证金申请退了十天了还没到账", ReplyKind.None)]
    [InlineData("好的 我去看看", ReplyKind.None)]
    [InlineData("我要注销店铺", ReplyKind.None)]
    [InlineData("没有纠纷", ReplyKind.None)]
    public void Leading_LongerReply_ReadsOnlyItsStart(string reply, ReplyKind expected)
    {
        Assert.Equal(expected, ReplyLexicon.Leading(reply));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("？？")]
    [InlineData("😂")]
    [InlineData("嗯")]
    [InlineData("ok")]
    public void IsContentFree_NoTopic_IsTrue(string reply)
    {
        Assert.True(ReplyLexicon.IsContentFree(reply));
    }

    [Theory]
    [InlineData("好的", true)]
    [InlineData("要", true)]
    [InlineData("嗯嗯 可以", true)]
    [InlineData("yes please", true)]
    [InlineData("弄好了", false)]
    [InlineData("已提交", false)]
    [InlineData("备份了", false)]
    [InlineData("不用了", false)]
    [InlineData("我要注销", false)]
    public void Agrees_Reply_IsAgreementNotAReportOfDone(string reply, bool expected)
    {
        Assert.Equal(expected, ReplyLexicon.Agrees(reply));
    }

    [Theory]
    [InlineData("不清楚", true)]
    [InlineData("not sure", true)]
    [InlineData("啥？", false)]
    [InlineData("what?", false)]
    [InlineData("什么意思", false)]
    [InlineData("好的", false)]
    public void SaysNotKnowing_Reply_TellsNotKnowingFromAskingBack(string reply, bool expected)
    {
        Assert.Equal(expected, ReplyLexicon.SaysNotKnowing(reply));
    }

    [Theory]
    [InlineData("ok thanks", "thanks")]
    [InlineData("好的谢谢", "谢谢")]
    [InlineData("嗯 再见", "再见")]
    [InlineData("ok", null)]
    [InlineData("谢谢", null)]
    [InlineData("好的 我要注销店铺", "我要注销店铺")]
    public void AfterAcknowledgement_LeadingOkOrFiller_IsDropped(string normalized, string? expected)
    {
        Assert.Equal(expected, ReplyLexicon.AfterAcknowledgement(normalized));
    }
}
