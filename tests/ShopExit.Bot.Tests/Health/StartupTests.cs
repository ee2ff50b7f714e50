using System.Net;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Health;

public class StartupTests
{
    [Fact]
    public async Task Start_ShippedContent_HealthzIsHealthyAndTheDatabaseFileExists()
    {
        await using var bot = new BotFactory(TestPaths.Faq);

        var response = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(bot.DataDirectory, "shopexit.db")));
    }

    [Fact]
    public async Task Start_ContentWithErrors_RefusesToStartNamingThem()
    {
        var faq = TestPaths.NewTempFolder("bad-faq");
        await File.WriteAllTextAsync(Path.Combine(faq, "bad.yaml"), "items:\n  - id: x\n    questions: [问题]\n");
        await using var bot = new BotFactory(faq);

        var error = Assert.Throws<InvalidFaqContentException>(() => bot.Server);

        Assert.Contains("bad.yaml:2:5: error: answer of 'x' is missing", error.Message, StringComparison.Ordinal);
    }
}
