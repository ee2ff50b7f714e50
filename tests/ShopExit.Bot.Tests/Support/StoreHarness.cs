using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// The stores of one fresh database, registered exactly as the server registers them
/// (<see cref="StorageExtensions.AddStores"/>): SQLite in a new temp folder, or a new PostgreSQL
/// database on the run's server. <see cref="OpenAnotherAsync"/> opens a second, independent set
/// of stores on the same database, as a second instance of the bot would.
/// </summary>
internal sealed class StoreHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Func<Task>? _dropDatabase;
    private readonly List<StoreHarness> _others = [];

    private StoreHarness(IConfiguration configuration, TimeProvider time, Func<Task>? dropDatabase)
    {
        Configuration = configuration;
        Time = time;
        _dropDatabase = dropDatabase;
        _services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddOptions()
            .AddSingleton(time)
            .AddStores(configuration)
            .Configure<ShopExitOptions>(configuration.GetSection(ShopExitOptions.SectionName))
            .BuildServiceProvider();
    }

    public IConfiguration Configuration { get; }

    public TimeProvider Time { get; }

    public IStoreDatabase Database => _services.GetRequiredService<IStoreDatabase>();

    public IConversationStore Conversations => _services.GetRequiredService<IConversationStore>();

    public IHandoffStore Handoffs => _services.GetRequiredService<IHandoffStore>();

    public IAgentStore Agents => _services.GetRequiredService<IAgentStore>();

    public IUnansweredQuestionLog Unanswered => _services.GetRequiredService<IUnansweredQuestionLog>();

    /// <summary>Where the store keeps the generated token signing key (PostgreSQL only: SQLite leaves it to the data folder's file).</summary>
    public ISigningKeyStore SigningKeys => _services.GetRequiredService<ISigningKeyStore>();

    /// <summary>The settings a bot needs to use a new, empty database of this kind.</summary>
    public static async Task<(Dictionary<string, string?> Settings, Func<Task>? Drop)> NewDatabaseAsync(StoreKind kind)
    {
        if (kind == StoreKind.Sqlite)
        {
            return (new() { ["ShopExit:DataDirectory"] = TestPaths.NewTempFolder("store") }, null);
        }

        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync();
        // The server needs Redis beside PostgreSQL; each database gets Redis channels of its own.
        var redis = await RedisServer.GetAsync();
        return (new()
        {
            [StoreSelection.Key] = "postgres",
            ["ConnectionStrings:Postgres"] = connectionString,
            ["ConnectionStrings:Redis"] = redis.NewGroupConfiguration(),
        }, () => server.DropDatabaseAsync(connectionString));
    }

    /// <summary>Stores on a new, empty, opened database.</summary>
    public static async Task<StoreHarness> CreateAsync(StoreKind kind, TimeProvider? time = null)
    {
        var (settings, drop) = await NewDatabaseAsync(kind);
        var harness = new StoreHarness(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), time ?? TimeProvider.System, drop);
        await harness.Database.OpenAsync();
        return harness;
    }

    /// <summary>A second set of stores on the same database: its own connections (a second SQLite writer, a second PostgreSQL pool).</summary>
    public async Task<StoreHarness> OpenAnotherAsync()
    {
        var other = new StoreHarness(Configuration, Time, null);
        _others.Add(other);
        await other.Database.OpenAsync();
        return other;
    }

    /// <summary>A conversation with the given id, as a new merchant's.</summary>
    public async Task<ConversationRecord> StartConversationAsync(string conversationId)
    {
        Assert.True(await Conversations.CreateAsync(conversationId, "u-" + conversationId, new ConversationData { UserId = "u-" + conversationId, Locale = "zh-CN" }, CancellationToken.None));
        return (await Conversations.GetAsync(conversationId, CancellationToken.None))!;
    }

    /// <summary>Commits a turn that answers nothing new and has these effects (the way a turn queues a handoff or logs a question).</summary>
    public async Task<CommittedTurn> CommitEffectsAsync(string conversationId, params ITurnEffect[] effects)
    {
        var record = (await Conversations.GetAsync(conversationId, CancellationToken.None))!;
        return await Conversations.CommitTurnAsync(new TurnCommit(conversationId, record.Version, record.Data, record.ProcessedSequence, [], effects, null), CancellationToken.None);
    }

    /// <summary>A waiting live handoff of the conversation, queued by a turn (the <see cref="HandoffOpened"/> effect).</summary>
    public async Task<HandoffRecord> OpenHandoffAsync(string conversationId, string handoffId, DateTimeOffset waitingSince, HandoffKind kind = HandoffKind.Live)
    {
        var handoff = new HandoffRecord
        {
            Id = handoffId,
            ConversationId = conversationId,
            Kind = kind,
            Reason = "requested",
            Status = HandoffStatus.Waiting,
            WaitingSince = waitingSince,
            Context = new HandoffContext("requested", "douyin", null, [], null),
        };
        await CommitEffectsAsync(conversationId, new HandoffOpened(handoff, 1));
        return handoff;
    }

    /// <summary>A merchant's message.</summary>
    public static Activity MerchantSays(string text, string type = ActivityTypes.Message) =>
        new() { Type = type, Text = text, From = new ChannelAccount("merchant", "商家", RoleTypes.User), Timestamp = DateTimeOffset.UnixEpoch };

    /// <summary>A bot's message.</summary>
    public static Activity BotSays(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, From = Accounts.Bot, Timestamp = DateTimeOffset.UnixEpoch };

    public async ValueTask DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        await _services.DisposeAsync();
        if (_dropDatabase is not null)
        {
            await _dropDatabase();
        }
    }
}
