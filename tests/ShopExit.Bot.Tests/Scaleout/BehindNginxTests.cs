using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Commands;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Scaleout;

/// <summary>
/// Two real bot processes on one PostgreSQL database behind Debian's nginx running the shipped
/// deploy/nginx.conf (round robin, no stickiness): every request of the merchant and the agent
/// goes through the proxy to whichever instance it picks.
/// </summary>
[Collection(RealProcessCollection.Name)]
public sealed class BehindNginxTests : IAsyncLifetime
{
    private Dictionary<string, string?> _database = null!;
    private Func<Task>? _drop;
    private BotProcess _a = null!;
    private BotProcess _b = null!;
    private NginxProxy _proxy = null!;

    public async Task InitializeAsync()
    {
        (_database, _drop) = await StoreHarness.NewDatabaseAsync(StoreKind.Postgres);
        // No signing key configured: the instances share the one kept in the database.
        // Agents are available whatever the hour the suite runs (the default hours end at 21:00 Beijing time).
        string[] settings = [.. Settings(), "--ForwardedHeaders:KnownProxies=127.0.0.1", "--Handoff:BusinessHours=00:00-00:00"];
        _a = await BotProcess.StartAsync(extraArgs: [.. settings, "--ShopExit:InstanceName=a"]);
        _b = await BotProcess.StartAsync(extraArgs: [.. settings, "--ShopExit:InstanceName=b"]);
        _proxy = await NginxProxy.StartAsync(_a.Port, _b.Port);
    }

    public async Task DisposeAsync()
    {
        await _proxy.DisposeAsync();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _drop!();
    }

    [Fact]
    public async Task Walkthrough_AcrossBothInstances_ThenOneIsKilled_TheOtherGoesOnAtTheSameStep_AndAnAgentTakesOver()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_proxy.BaseUrl) };
        var merchant = await DirectLineClient.StartAsync(http);

        await SayAsync(merchant, "保证金退款", "哪个平台");
        await SayAsync(merchant, "抖音小店", "被封禁");
        await SayAsync(merchant, "否", "未处理的交易纠纷");

        _a.Kill();
        await SayAsync(merchant, "没有", "保证金管理");

        var code = await CommandLine.RunAsync(
            ["agent", "add", "lily", "--name", "小李", $"--ShopExit:DataDirectory={_b.DataDirectory}", .. Settings()],
            new StringReader(AgentClient.Password + "\n"), TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        using var agent = new HttpClient { BaseAddress = new Uri(_proxy.BaseUrl) };
        var login = await agent.PostAsJsonAsync(new Uri("/api/agent/token", UriKind.Relative), new { username = "lily", password = AgentClient.Password });
        login.EnsureSuccessStatusCode();
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        (await agent.PostAsJsonAsync(new Uri("/api/agent/presence", UriKind.Relative), new { presence = "online" })).EnsureSuccessStatusCode();
        // Instances cache "is anyone online" for a second (AgentAvailability): the last turn may have just asked.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        await SayAsync(merchant, "转人工", "排在第 1 位");
        var waiting = await agent.GetFromJsonAsync<JsonElement>(new Uri("/api/agent/handoffs?status=waiting", UriKind.Relative));
        var handoff = waiting.EnumerateArray().Single();
        // The handoff carries the walkthrough where the killed instance's successor had it.
        var walkthrough = handoff.GetProperty("context").GetProperty("walkthrough");
        Assert.Equal("flow:deposit-refund", walkthrough.GetProperty("flow").GetString());
        Assert.Equal(3, walkthrough.GetProperty("stepNumber").GetInt32());
        var id = handoff.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync(new Uri($"/api/agent/handoffs/{id}/claim", UriKind.Relative), null)).StatusCode);
        await WaitForBotAsync(merchant, "已接入");
        (await agent.PostAsJsonAsync(new Uri($"/api/agent/handoffs/{id}/messages", UriKind.Relative), new { text = "您好，我是小李。" })).EnsureSuccessStatusCode();
        await WaitForBotAsync(merchant, "我是小李");
        (await merchant.PostTextAsync("保证金什么时候能到？")).EnsureSuccessStatusCode();
        await WaitAsync(async () => (await agent.GetStringAsync(new Uri($"/api/agent/handoffs/{id}/transcript", UriKind.Relative))).Contains("保证金什么时候能到？", StringComparison.Ordinal));

        // Every activity once, in order, whichever instance wrote it.
        var (activities, _) = await merchant.GetActivitiesAsync();
        Assert.Equal(activities.Count, activities.Select(a => a.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        var sequences = activities.Select(a => long.Parse(a.GetProperty("id").GetString()!.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Single(activities, a => DirectLineClient.TextOf(a).Contains("保证金管理", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DirectLineJs_StreamOnOneInstance_ThatInstanceKilled_ReconnectsToTheOther_WalkthroughGoesOn_AgentTakesOver()
    {
        var code = await CommandLine.RunAsync(
            ["agent", "add", "lily", "--name", "小李", $"--ShopExit:DataDirectory={_b.DataDirectory}", .. Settings()],
            new StringReader(AgentClient.Password + "\n"), TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);

        var (exitCode, output) = await NodeScript.RunAsync(
            "directline-failover.mjs", TimeSpan.FromMinutes(2), _proxy.BaseUrl, $"a={_a.ProcessId}", $"b={_b.ProcessId}", "lily", AgentClient.Password);

        Assert.True(exitCode == 0, output + "\n--- a ---\n" + _a.Log + "\n--- b ---\n" + _b.Log);
        Assert.Contains("ok DirectLineJS reconnected through nginx to instance", output, StringComparison.Ordinal);
        Assert.Contains("ok the walkthrough went on at the same step", output, StringComparison.Ordinal);
        Assert.Contains("ok the merchant's message reached the agent", output, StringComparison.Ordinal);
        Assert.Contains("ok no activity missing", output, StringComparison.Ordinal);
    }

    private IEnumerable<string> Settings() => _database.Select(s => $"--{s.Key}={s.Value}");

    // The merchant says something through the proxy and waits for the bot's reply that contains the text.
    private static async Task SayAsync(DirectLineClient merchant, string text, string expected)
    {
        (await merchant.PostTextAsync(text)).EnsureSuccessStatusCode();
        await WaitForBotAsync(merchant, expected);
    }

    private static Task WaitForBotAsync(DirectLineClient merchant, string expected) =>
        WaitAsync(async () => (await merchant.GetActivitiesAsync()).Activities.Any(a => DirectLineClient.RoleOf(a) == "bot" && DirectLineClient.TextOf(a).Contains(expected, StringComparison.Ordinal)));

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 150 && !await done(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await done(), "not within 15 s");
    }
}
