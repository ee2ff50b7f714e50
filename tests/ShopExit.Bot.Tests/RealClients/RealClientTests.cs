using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.RealClients;

/// <summary>
/// The real npm clients against the real bot process: DirectLineJS in Node, and Web Chat in
/// headless Debian Chromium. Each script prints one line per check; a failing check fails the test.
/// </summary>
[Collection(RealProcessCollection.Name)]
public class RealClientTests(RealBotFixture fixture)
{
    [Fact]
    public async Task DirectLineJs_DepositWalkthrough_EchoReconnectAndForeignTokenRefused()
    {
        var (exitCode, output) = await NodeScript.RunAsync("directline-deposit.mjs", TimeSpan.FromMinutes(2), fixture.Bot.BaseUrl);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the echo carries the id the POST answered", output, StringComparison.Ordinal);
        Assert.Contains("ok the reconnect skipped nothing", output, StringComparison.Ordinal);
        Assert.Contains("ok DirectLineJS with another conversation's token fails to connect", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChat_InChromium_DepositWalkthroughWithAReloadInTheMiddle()
    {
        var screenshot = Path.Combine(TestArtifacts.Directory, "webchat-deposit.png");

        var (exitCode, output) = await NodeScript.RunAsync("webchat-deposit.mjs", TimeSpan.FromMinutes(3), fixture.Bot.BaseUrl, screenshot);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the reload kept the conversation", output, StringComparison.Ordinal);
        Assert.Contains("ok no page errors", output, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot was kept");
    }

    [Fact]
    public async Task WebChat_InChromium_FaqThenClosureWalkthroughWithInterruptions()
    {
        var screenshot = Path.Combine(TestArtifacts.Directory, "webchat-closure.png");

        var (exitCode, output) = await NodeScript.RunAsync("webchat-closure.mjs", TimeSpan.FromMinutes(3), fixture.Bot.BaseUrl, screenshot);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the answer offers followup buttons", output, StringComparison.Ordinal);
        Assert.Contains("ok HTML typed by the merchant is not run", output, StringComparison.Ordinal);
        Assert.Contains("ok sees \"我们继续\"", output, StringComparison.Ordinal);
        Assert.Contains("ok sees \"祝您一切顺利\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChat_InChromiumOnAPhone_EnglishMerchantFinishesBothWalkthroughsByClickingOnly()
    {
        var screenshots = Directory.CreateDirectory(Path.Combine(TestArtifacts.Directory, "understanding")).FullName;

        var (exitCode, output) = await NodeScript.RunAsync("webchat-english-clicked.mjs", TimeSpan.FromMinutes(3), fixture.Bot.BaseUrl, screenshots);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the page title is in English", output, StringComparison.Ordinal);
        Assert.Contains("ok sees \"I hope the refund goes smoothly\"", output, StringComparison.Ordinal);
        Assert.Contains("ok no bot message of the English walkthroughs is in Chinese", output, StringComparison.Ordinal);
        Assert.Contains("ok the switch turns the page to Chinese", output, StringComparison.Ordinal);
        Assert.Contains("ok no page errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Widget_OnAShopsPageOnAPhone_OpensAPanelWithTitleAndCloseAndACompactMenu()
    {
        var screenshots = Directory.CreateDirectory(Path.Combine(TestArtifacts.Directory, "widget")).FullName;

        var (exitCode, output) = await NodeScript.RunAsync("webchat-widget.mjs", TimeSpan.FromMinutes(2), fixture.Bot.BaseUrl, screenshots);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the bubble opened the panel with its title and a close button", output, StringComparison.Ordinal);
        Assert.Contains("ok the menu takes one row at 375 px", output, StringComparison.Ordinal);
        Assert.Contains("ok the close button hid the panel", output, StringComparison.Ordinal);
        Assert.Contains("ok the same conversation, not a new welcome", output, StringComparison.Ordinal);
        Assert.Contains("ok no page errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChat_InChromium_ChineseMerchantFinishesBothWalkthroughsByTypingOnly()
    {
        var screenshots = Directory.CreateDirectory(Path.Combine(TestArtifacts.Directory, "understanding")).FullName;

        var (exitCode, output) = await NodeScript.RunAsync("webchat-chinese-typed.mjs", TimeSpan.FromMinutes(3), fixture.Bot.BaseUrl, screenshots);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the question was answered and the step asked again, not taken as its answer", output, StringComparison.Ordinal);
        Assert.Contains("ok sees \"祝您退款顺利\"", output, StringComparison.Ordinal);
        Assert.Contains("ok sees \"祝您一切顺利\"", output, StringComparison.Ordinal);
        Assert.Contains("ok no page errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChat_InChromium_TokenLimitMet_PageSaysItIsReconnectingAndRetriesAfterRetryAfter()
    {
        var screenshot = Path.Combine(TestArtifacts.Directory, "webchat-busy.png");

        var (exitCode, output) = await NodeScript.RunAsync("webchat-busy.mjs", TimeSpan.FromMinutes(2), fixture.Bot.BaseUrl, screenshot);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the page says it is reconnecting and when", output, StringComparison.Ordinal);
        Assert.Contains("ok the page waited for Retry-After", output, StringComparison.Ordinal);
        Assert.Contains("ok the status is gone once connected", output, StringComparison.Ordinal);
        Assert.Contains("ok a page of another origin is refused a token (403", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentConsoleAndWebChat_InChromium_HandoffBothWaysResolveAndRate()
    {
        var code = await ShopExit.Bot.Commands.CommandLine.RunAsync(
            ["agent", "add", "lily", "--name", "小李", $"--ShopExit:DataDirectory={fixture.Bot.DataDirectory}"],
            new StringReader("agent-password-1\n"), TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        var screenshots = Path.Combine(TestArtifacts.Directory, "handoff");

        var (exitCode, output) = await NodeScript.RunAsync("webchat-handoff.mjs", TimeSpan.FromMinutes(3), fixture.Bot.BaseUrl, "lily", "agent-password-1", screenshots);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + fixture.Bot.Log);
        Assert.Contains("ok the merchant's HTML shows as text and does not run in the console", output, StringComparison.Ordinal);
        Assert.Contains("ok the merchant's message reached the agent live", output, StringComparison.Ordinal);
        Assert.Contains("ok the merchant is back with the bot", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentConsoleAndWebChat_InChromium_TicketSummaryNumberHoursThenTheAgentTakesTheChat()
    {
        // A bot of its own, so no agent of another test is online: within its hours (the hour
        // before now to two hours after, Beijing time), with nobody online, a merchant leaves a ticket.
        var beijing = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var hours = $"{beijing.AddHours(-1):HH:mm}-{beijing.AddHours(2):HH:mm}";
        await using var bot = await BotProcess.StartAsync(extraArgs: [$"--Handoff:BusinessHours={hours}"]);
        var code = await ShopExit.Bot.Commands.CommandLine.RunAsync(
            ["agent", "add", "mei", "--name", "小美", $"--ShopExit:DataDirectory={bot.DataDirectory}"],
            new StringReader("agent-password-1\n"), TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        var screenshots = Path.Combine(TestArtifacts.Directory, "ticket");

        var (exitCode, output) = await NodeScript.RunAsync("webchat-ticket.mjs", TimeSpan.FromMinutes(3), bot.BaseUrl, "mei", "agent-password-1", screenshots);

        Assert.True(exitCode == 0, output + "\n--- bot log ---\n" + bot.Log);
        Assert.Contains("ok an invalid contact is asked again with an example", output, StringComparison.Ordinal);
        Assert.Contains("ok the merchant was told the business hours", output, StringComparison.Ordinal);
        Assert.Contains("ok the queue card quotes the ticket and the addition", output, StringComparison.Ordinal);
        Assert.Contains("ok the merchant's reply reached the agent, and the bot did not answer it", output, StringComparison.Ordinal);
    }
}
