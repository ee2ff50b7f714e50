using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShopExit.Bot.Tests.Support;

/// <summary>A <see cref="BotFactory"/> that keeps everything the bot logs, so a test can read it.</summary>
internal sealed class LoggingBotFactory(string? dataDirectory = null, TimeProvider? time = null) : BotFactory(time: time, dataDirectory: dataDirectory)
{
    private readonly LogCapture _capture = new();

    public IReadOnlyCollection<(LogLevel Level, string Message)> Logged => _capture.Entries;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(_capture));
    }
}
