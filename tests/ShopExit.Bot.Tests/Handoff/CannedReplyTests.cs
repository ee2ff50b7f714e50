using ShopExit.Bot.Tests.Support;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>A canned reply is an FAQ answer as an agent would send it: plain text in a person's voice, for the conversation's platform.</summary>
public class CannedReplyTests : HandoffTestBase
{
    [Fact]
    public async Task Canned_ForTheConversationsPlatform_IsPlainTextWithoutTheBotsPreamble()
    {
        var agent = await AgentClient.CreateAsync(Bot, "alice");

        var generic = await agent.GetJsonAsync("/api/agent/canned?q=保证金退款要多久");
        var douyin = await agent.GetJsonAsync("/api/agent/canned?q=保证金退款要多久&platform=douyin");

        var text = generic[0].GetProperty("text").GetString()!;
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("以下依据", text, StringComparison.Ordinal);
        Assert.DoesNotContain("我们依据的资料", text, StringComparison.Ordinal);
        Assert.Contains("3–7 个工作日", text, StringComparison.Ordinal);
        var forDouyin = douyin[0].GetProperty("text").GetString()!;
        Assert.DoesNotContain("以抖音小店为例", forDouyin, StringComparison.Ordinal);
        Assert.Contains("3–7", forDouyin, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**注意**：先提现", "注意：先提现")]
    [InlineData("第一段\n\n- 甲\n- 乙\n\n第二段", "第一段\n• 甲\n• 乙\n第二段")]
    [InlineData("见[帮助中心](https://example.com/help)", "见帮助中心（https://example.com/help）")]
    [InlineData("以下依据抖音小店的资料：退款 3–7 个工作日", "以抖音小店为例：退款 3–7 个工作日")]
    [InlineData("snake_case stays", "snake_case stays")]
    public void AgentVoice_TurnsMarkdownIntoPlainLines(string markdown, string plain)
    {
        Assert.Equal(plain, AgentVoice.Of(markdown));
    }
}
