namespace ShopExit.Bot.Tests.Support;

/// <summary>One real bot process shared by the real-client tests of a collection.</summary>
public sealed class RealBotFixture : IAsyncLifetime
{
    private BotProcess? _bot;

    internal BotProcess Bot => _bot ?? throw new InvalidOperationException("not started");

    // Always within business hours, so the handoff test does not depend on the time of day.
    public async Task InitializeAsync() => _bot = await BotProcess.StartAsync(extraArgs: ["--Handoff:BusinessHours=00:00-00:00"]);

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
