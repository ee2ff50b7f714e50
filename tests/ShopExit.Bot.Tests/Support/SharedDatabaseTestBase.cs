using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Bot instances in memory on one fresh PostgreSQL database (and one Redis), as behind a load
/// balancer: each test makes the instances it needs; all are disposed and the database dropped after it.
/// </summary>
public abstract class SharedDatabaseTestBase : IAsyncLifetime
{
    private readonly List<BotFactory> _bots = [];
    private Func<Task>? _drop;

    /// <summary>The database's settings (store, connection strings), given to every instance.</summary>
    internal Dictionary<string, string?> Database { get; private set; } = null!;

    /// <summary>The instances still running.</summary>
    internal IReadOnlyList<BotFactory> Instances => _bots;

    public async Task InitializeAsync() => (Database, _drop) = await StoreHarness.NewDatabaseAsync(StoreKind.Postgres);

    public async Task DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }

        await _drop!();
    }

    /// <summary>Puts <paramref name="bot"/> on the shared database, with its own extra settings.</summary>
    internal T OnTheDatabase<T>(T bot, params (string Key, string Value)[] settings)
        where T : BotFactory
    {
        foreach (var (key, value) in Database)
        {
            bot.Settings[key] = value!;
        }

        foreach (var (key, value) in settings)
        {
            bot.Settings[key] = value;
        }

        _bots.Add(bot);
        return bot;
    }

    /// <summary>Stops an instance before the test ends (it died).</summary>
    internal async Task StopAsync(BotFactory bot)
    {
        _bots.Remove(bot);
        await bot.DisposeAsync();
    }
}
