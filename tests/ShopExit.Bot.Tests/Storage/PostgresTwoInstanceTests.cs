using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>
/// Two bot instances on one PostgreSQL database: the turns of one conversation run one at a time
/// whichever instance received the message (a lease on the conversation), and a message one
/// instance stored but never answered is answered by the other.
/// </summary>
public sealed class PostgresTwoInstanceTests : SharedDatabaseTestBase
{
    private const string SigningKey = "two-instance-signing-key-0123456789abcdef";


    [Fact]
    public async Task MessagesToBothInstancesAtOnce_EachIsAnsweredOnce_InOrder()
    {
        var (a, b) = (Instance(), Instance());
        var merchant = await DirectLineClient.StartAsync(a);
        var viaB = merchant.WithHttp(b.CreateClient());

        var posts = Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? merchant : viaB).PostTextAsync(i % 3 == 0 ? "什么是仅退款" : "保证金退款多久到账"));
        foreach (var response in await Task.WhenAll(posts))
        {
            response.EnsureSuccessStatusCode();
        }

        await WaitUntilAsync(async () => (await RepliesAsync(merchant)).Count == 12);
        await DirectLineClient.SettleAsync(a);
        await DirectLineClient.SettleAsync(b);

        var (activities, _) = await merchant.GetActivitiesAsync();
        Assert.Equal(activities.Count, activities.Select(x => x.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        // Each merchant message is followed by its own answer before the next one is answered.
        var messages = activities.Where(x => x.GetProperty("type").GetString() == "message").Skip(1).ToList();
        var asked = messages.Where(x => DirectLineClient.RoleOf(x) == "user").Select(DirectLineClient.TextOf).ToList();
        var answered = messages.Where(x => DirectLineClient.RoleOf(x) == "bot").Select(x => DirectLineClient.TextOf(x).Contains("不要求赔偿损失", StringComparison.Ordinal) ? "什么是仅退款" : "保证金退款多久到账").ToList();
        Assert.Equal(12, answered.Count);
        Assert.Equal(asked, answered);
        var record = await a.Services.GetRequiredService<IConversationStore>().GetAsync(merchant.ConversationId, CancellationToken.None);
        Assert.Equal(record!.LastUserSequence, record.ProcessedSequence);
        // One at a time: no turn ever ran on a state another instance was changing.
        Assert.DoesNotContain(Instances.OfType<LoggingBotFactory>().SelectMany(x => x.Logged), l => l.Message.Contains("changed during its turn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageStoredByAnInstanceThatStopped_IsAnsweredByTheOther()
    {
        var (a, b) = (Instance(), Instance());
        var merchant = await DirectLineClient.StartAsync(a);
        _ = b.Services; // b runs, looking for what nobody answered every 200 ms

        // Stored the way a POST stores it, then the instance is gone before its turn ran.
        await a.Services.GetRequiredService<IConversationStore>().AppendAsync(
            merchant.ConversationId,
            [new Activity { Type = ActivityTypes.Message, Text = "什么是仅退款", From = new ChannelAccount("merchant", null, RoleTypes.User) }],
            CancellationToken.None);
        await StopAsync(a);

        var viaB = merchant.WithHttp(b.CreateClient());
        await WaitUntilAsync(async () => (await RepliesAsync(viaB)).Count == 1);
        Assert.Contains("不要求赔偿损失", DirectLineClient.TextOf((await RepliesAsync(viaB))[0]), StringComparison.Ordinal);
    }

    // The bot's messages after the welcome.
    private static async Task<List<System.Text.Json.JsonElement>> RepliesAsync(DirectLineClient merchant) =>
        (await merchant.GetActivitiesAsync()).Activities.Where(x => DirectLineClient.RoleOf(x) == "bot" && x.GetProperty("type").GetString() == "message").Skip(1).ToList();

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 150 && !await done(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await done(), "not done within 15 s");
    }

    private LoggingBotFactory Instance() => OnTheDatabase(new LoggingBotFactory(), ("DirectLine:TokenSigningKey", SigningKey), ("Turns:RecoveryInterval", "00:00:00.2"));
}
