using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>
/// The real bot on <c>ShopExit:Store=postgres</c>, over Direct Line: an FAQ answer and the deposit
/// walkthrough's first steps, then a second instance on the same database (its own data folder,
/// the same token signing key) that reads the same transcript and carries the walkthrough on
/// from the state the first one stored.
/// </summary>
public sealed class PostgresEndToEndTests : SharedDatabaseTestBase
{
    private const string SigningKey = "e2e-signing-key-0123456789abcdef0123456789";


    [Fact]
    public async Task DirectLine_OnPostgres_AnswersAndASecondInstanceReadsAndContinuesTheSameConversation()
    {
        var first = Instance();
        var merchant = await DirectLineClient.StartAsync(first);

        Assert.Contains("不要求赔偿损失", await SayAsync(first, merchant, "什么是仅退款"), StringComparison.Ordinal);
        Assert.Contains("哪个平台", await SayAsync(first, merchant, "保证金退款"), StringComparison.Ordinal);
        var step = await SayAsync(first, merchant, "抖音小店");
        Assert.Contains("没有任何纠纷或违规", step, StringComparison.Ordinal);
        Assert.Contains("被封禁", step, StringComparison.Ordinal);
        var (transcript, watermark) = await merchant.GetActivitiesAsync();

        var second = Instance();
        var sameMerchant = merchant.WithHttp(second.CreateClient());
        var (seenBySecond, secondWatermark) = await sameMerchant.GetActivitiesAsync();

        Assert.Equal(Summary(transcript), Summary(seenBySecond));
        Assert.Equal(watermark, secondWatermark);
        Assert.Contains("未处理的交易纠纷", await SayAsync(second, sameMerchant, "没有"), StringComparison.Ordinal);

        // The first instance reads what the second wrote, each activity once, in order.
        var (afterBoth, _) = await merchant.GetActivitiesAsync();
        Assert.Equal(Summary(seenBySecond), Summary(afterBoth).Take(seenBySecond.Count));
        Assert.Equal(afterBoth.Count, afterBoth.Select(a => a.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("未处理的交易纠纷", DirectLineClient.TextOf(afterBoth[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentAdd_OnPostgres_TheAccountLogsInOnAnotherInstanceToo()
    {
        var first = Instance();
        await AgentClient.CreateAsync(first, "lily");

        var login = await Instance().CreateClient().PostAsJsonAsync(new Uri("/api/agent/token", UriKind.Relative), new { username = "lily", password = AgentClient.Password });

        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("LILY", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task DirectLine_DatabaseGoneWhileServing_Answers503AndHealthzSaysUnhealthy()
    {
        var bot = Instance();
        var merchant = await DirectLineClient.StartAsync(bot);
        var server = await PostgresServer.GetAsync();

        await server.DropDatabaseAsync(Database["ConnectionStrings:Postgres"]!);
        var read = await merchant.Http.SendAsync(merchant.Request(HttpMethod.Get, $"/conversations/{merchant.ConversationId}/activities"));
        var health = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.Equal("StoreUnavailable", JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    private static List<(string?, string, string)> Summary(List<JsonElement> activities) =>
        activities.Select(a => (a.GetProperty("id").GetString(), DirectLineClient.RoleOf(a), DirectLineClient.TextOf(a))).ToList();

    // What the merchant sees from the bot after saying this, all the bot's texts of the turn together.
    private static async Task<string> SayAsync(BotFactory bot, DirectLineClient merchant, string text)
    {
        var (_, before) = await merchant.GetActivitiesAsync();
        (await merchant.PostTextAsync(text)).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(bot);
        var (after, _) = await merchant.GetActivitiesAsync(before);
        return string.Join("\n", after.Where(a => DirectLineClient.RoleOf(a) == "bot").Select(DirectLineClient.TextOf));
    }

    private BotFactory Instance() => OnTheDatabase(new BotFactory(), ("DirectLine:TokenSigningKey", SigningKey));
}
