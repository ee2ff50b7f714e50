namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// A real bot in memory at 10:00 Shanghai time (within the default business hours), with the
/// merchant-side helpers the handoff tests share.
/// </summary>
public abstract class HandoffTestBase : IAsyncLifetime
{
    internal FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    internal BotFactory Bot { get; set; } = null!;

    /// <summary>Configuration for the bot, set by a test class's constructor.</summary>
    internal Dictionary<string, string> Settings { get; } = [];

    public Task InitializeAsync()
    {
        Bot = new BotFactory(time: Clock);
        foreach (var (key, value) in Settings)
        {
            Bot.Settings[key] = value;
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>The merchant says something and the bot finishes answering.</summary>
    internal async Task SayAsync(DirectLineClient merchant, string text)
    {
        (await merchant.PostTextAsync(text)).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(Bot);
    }

    /// <summary>Everything the merchant's chat shows from the bot's side, in order.</summary>
    internal static async Task<List<string>> BotTextsAsync(DirectLineClient merchant) =>
        (await merchant.GetActivitiesAsync()).Activities.Where(a => DirectLineClient.RoleOf(a) == "bot" && a.GetProperty("type").GetString() == "message")
            .Select(DirectLineClient.TextOf).ToList();
}
