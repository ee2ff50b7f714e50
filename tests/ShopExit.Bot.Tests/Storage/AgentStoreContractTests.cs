using ShopExit.Bot.Handoff;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;
using static ShopExit.Bot.Tests.Support.StoreHarness;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>What every <see cref="IAgentStore"/> promises, on SQLite and PostgreSQL: accounts, replaced in place, and presence that every instance reads.</summary>
public class AgentStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothStores]
    public async Task UpsertAsync_NewThenChanged_IsReplacedInPlaceAndListedByUsername(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);

        await store.Agents.UpsertAsync("sue", "Sue", AgentRoles.Supervisor, "hash-1", None);
        await store.Agents.UpsertAsync("alice", "小李", AgentRoles.Agent, "hash-2", None);
        await store.Agents.UpsertAsync("alice", "李丽", AgentRoles.Supervisor, "hash-3", None);

        Assert.Equal(["alice", "sue"], (await store.Agents.ListAsync(None)).Select(a => a.Username));
        var alice = (await store.Agents.FindAsync("alice", None))!;
        Assert.Equal(("李丽", AgentRoles.Supervisor, "hash-3", AgentPresence.Offline, (DateTimeOffset?)null), (alice.DisplayName, alice.Role, alice.PasswordHash, alice.Presence, alice.LastSeen));
        Assert.Null(await store.Agents.FindAsync("nobody", None));
    }

    [Theory]
    [BothStores]
    public async Task SetPresenceAsync_OnOneInstance_IsWhatAnotherReads(StoreKind kind)
    {
        await using var one = await CreateAsync(kind);
        var two = await one.OpenAnotherAsync();
        await one.Agents.UpsertAsync("alice", "小李", AgentRoles.Agent, "hash", None);
        var heartbeat = new DateTimeOffset(2026, 11, 23, 10, 0, 0, 250, TimeSpan.FromHours(8));

        await one.Agents.SetPresenceAsync("alice", AgentPresence.Online, heartbeat, None);
        await one.Agents.SetPresenceAsync("nobody", AgentPresence.Online, heartbeat, None);

        var seen = (await two.Agents.FindAsync("alice", None))!;
        Assert.Equal(AgentPresence.Online, seen.Presence);
        Assert.Equal(heartbeat, seen.LastSeen);
        Assert.Single(await two.Agents.ListAsync(None));

        // A password change keeps the presence: the agent stays at the desk.
        await two.Agents.UpsertAsync("alice", "小李", AgentRoles.Agent, "new-hash", None);
        Assert.Equal(AgentPresence.Online, (await one.Agents.FindAsync("alice", None))!.Presence);
    }
}
