using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ShopExit.Bot.Tests.Support;

/// <summary>The real bot in memory, on its own data folder (a real SQLite file) and a chosen FAQ folder.</summary>
internal class BotFactory(string? faqDirectory = null, TimeProvider? time = null, string? dataDirectory = null) : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-0123456789abcdef";

    public string DataDirectory { get; } = dataDirectory ?? TestPaths.NewTempFolder("data");

    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ShopExit:FaqDirectory", faqDirectory ?? TestPaths.Faq);
        builder.UseSetting("ShopExit:DataDirectory", DataDirectory);
        builder.UseSetting("DirectLine:Secret", Secret);
        // Tests move their fake clock by hours and days: waiting chats are closed as abandoned only
        // in the tests that ask for it (with a short Handoff:AbandonCheckInterval in Settings).
        builder.UseSetting("Handoff:AbandonCheckInterval", "1.00:00:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (time is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(time));
        }
    }
}
