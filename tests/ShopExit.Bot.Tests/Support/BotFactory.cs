using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ShopExit.Bot.Tests.Support;

/// <summary>The real bot in memory, on its own data folder (a real SQLite file) and a chosen FAQ folder.</summary>
internal sealed class BotFactory(string faqDirectory) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = TestPaths.NewTempFolder("data");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ShopExit:FaqDirectory", faqDirectory);
        builder.UseSetting("ShopExit:DataDirectory", DataDirectory);
    }
}
