using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>An agent's claim and the merchant's <c>handoff.status</c> event are one transaction.</summary>
public class AgentActionCommitTests : HandoffTestBase
{
    [Fact]
    public async Task Claim_ProcessStopsRightAfterTheCommit_ClaimAndEventAreBothThereAfterRestart()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString()!;
        var dataDirectory = Bot.DataDirectory;
        await Bot.DisposeAsync();

        // The claim commits, then the process "dies": no turn is scheduled, nobody is told.
        Bot = new DiesAfterHandoffCommitFactory(Clock, dataDirectory);
        alice = alice.Reconnect(Bot);
        var claim = await alice.PostAsync($"/api/agent/handoffs/{id}/claim");
        Assert.Equal(HttpStatusCode.InternalServerError, claim.StatusCode);
        await Bot.DisposeAsync();

        Bot = new BotFactory(time: Clock, dataDirectory: dataDirectory);
        alice = alice.Reconnect(Bot);
        var again = merchant.WithHttp(Bot.CreateClient());
        // The pending turn is picked up from the store in the background once the host started.
        await WaitUntilAsync(async () => (await BotTextsAsync(again)).Any(t => t.Contains("已接入", StringComparison.Ordinal)));
        await DirectLineClient.SettleAsync(Bot);

        var active = Assert.Single(await alice.HandoffsAsync("active"));
        Assert.Equal((id, "alice"), (active.GetProperty("id").GetString(), active.GetProperty("assignedTo").GetString()));
        var (activities, _) = await again.GetActivitiesAsync();
        Assert.Single(activities, a => a.TryGetProperty("name", out var name) && name.GetString() == TurnActivities.HandoffStatus);
        // The event's turn ran at the start: the merchant was told, and the conversation is the agent's.
        Assert.Single(await BotTextsAsync(again), t => t.Contains("人工客服 ALICE 已接入", StringComparison.Ordinal));
        var botReplies = (await BotTextsAsync(again)).Count;
        await SayAsync(again, "什么是仅退款");
        Assert.Equal(botReplies, (await BotTextsAsync(again)).Count);
    }

    [Fact]
    public async Task Claim_TwoAgentsAtOnce_TheMerchantHearsOfExactlyOneClaim()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var bob = await AgentClient.CreateAsync(Bot, "bob");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();

        await Task.WhenAll(alice.PostAsync($"/api/agent/handoffs/{id}/claim"), bob.PostAsync($"/api/agent/handoffs/{id}/claim"));
        await DirectLineClient.SettleAsync(Bot);

        var (activities, _) = await merchant.GetActivitiesAsync();
        Assert.Single(activities, a => a.TryGetProperty("name", out var name) && name.GetString() == TurnActivities.HandoffStatus);
        Assert.Single(await BotTextsAsync(merchant), t => t.Contains("已接入", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TransferAndResolve_EachEventOnce_InOrder()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var bob = await AgentClient.CreateAsync(Bot, "bob");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();
        (await alice.PostAsync($"/api/agent/handoffs/{id}/claim")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/agent/handoffs/{id}/transfer", new { to = "bob" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsync($"/api/agent/handoffs/{id}/transfer", new { to = "bob" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.PostAsync($"/api/agent/handoffs/{id}/resolve")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await bob.PostAsync($"/api/agent/handoffs/{id}/resolve")).StatusCode);
        await DirectLineClient.SettleAsync(Bot);

        var (activities, _) = await merchant.GetActivitiesAsync();
        var states = activities.Where(a => a.TryGetProperty("name", out var name) && name.GetString() == TurnActivities.HandoffStatus)
            .Select(a => a.GetProperty("value").GetProperty("state").GetString()).ToList();
        Assert.Equal(["accepted", "transferred", "completed"], states);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition() && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(20);
        }
    }

    // The real store, except that a committed change of a handoff is followed by the process
    // stopping: the request fails before the event is delivered or anyone is notified.
    private sealed class DiesAfterHandoffCommitFactory(TimeProvider time, string dataDirectory) : BotFactory(time: time, dataDirectory: dataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<SqliteHandoffStore>();
                services.RemoveAll<IHandoffStore>();
                services.AddSingleton<IHandoffStore>(provider => new DiesAfterCommit(provider.GetRequiredService<SqliteHandoffStore>()));
            });
        }
    }

    private sealed class DiesAfterCommit(SqliteHandoffStore store) : IHandoffStore
    {
        public Task<HandoffRecord?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<HandoffRecord>> ListAsync(HandoffStatus status, CancellationToken cancellationToken) => store.ListAsync(status, cancellationToken);

        public Task<HandoffRecord?> FindOpenAsync(string conversationId, CancellationToken cancellationToken) => store.FindOpenAsync(conversationId, cancellationToken);

        public Task<HandoffRecord?> FindLatestAsync(string conversationId, HandoffKind kind, CancellationToken cancellationToken) => store.FindLatestAsync(conversationId, kind, cancellationToken);

        public async Task<HandoffUpdate> TryMoveAsync(string id, HandoffStatus fromStatus, HandoffStatus toStatus, string? assignedTo, IReadOnlyList<Activity> append, CancellationToken cancellationToken)
        {
            await store.TryMoveAsync(id, fromStatus, toStatus, assignedTo, append, cancellationToken);
            throw new InvalidOperationException("the process stopped right after the commit");
        }

        public async Task<HandoffUpdate> TryTransferAsync(string id, string fromAgent, string toAgent, IReadOnlyList<Activity> append, CancellationToken cancellationToken)
        {
            await store.TryTransferAsync(id, fromAgent, toAgent, append, cancellationToken);
            throw new InvalidOperationException("the process stopped right after the commit");
        }

        public Task<HandoffUpdate> TryAbandonAsync(string id, HandoffContext? asTicket, IReadOnlyList<Activity> append, CancellationToken cancellationToken) =>
            store.TryAbandonAsync(id, asTicket, append, cancellationToken);

        public Task<int> CountWaitingLiveAsync(CancellationToken cancellationToken) => store.CountWaitingLiveAsync(cancellationToken);

        public Task<int> PositionAsync(string id, CancellationToken cancellationToken) => store.PositionAsync(id, cancellationToken);

        public Task<IReadOnlyDictionary<string, int>> ActiveCountsAsync(CancellationToken cancellationToken) => store.ActiveCountsAsync(cancellationToken);

        public Task LogRevealAsync(string agent, string handoffId, string activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
            store.LogRevealAsync(agent, handoffId, activityId, at, cancellationToken);
    }
}
