using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;
using static ShopExit.Bot.Tests.Support.StoreHarness;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>
/// What every <see cref="IHandoffStore"/> promises, on SQLite and PostgreSQL: the queue a turn
/// fills (in order, with each merchant's place), claims that exactly one agent wins even from two
/// instances at once, a claim and its <c>handoff.status</c> event committed together or not at
/// all, transfers, cancels and ratings written with their turns.
/// </summary>
public class HandoffStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly AgentAccount Alice = new("alice", "ALICE", AgentRoles.Agent, "hash", AgentPresence.Online, null);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 1, 0, 0, 123, TimeSpan.Zero);

    [Theory]
    [BothStores]
    public async Task HandoffOpened_CommittedWithTurns_IsQueuedInOrderWithEachMerchantsPlace(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        foreach (var id in new[] { "c1", "c2", "c3" })
        {
            await store.StartConversationAsync(id);
        }

        await store.OpenHandoffAsync("c2", "h-second", At.AddMinutes(1));
        await store.OpenHandoffAsync("c1", "h-first", At);
        await store.OpenHandoffAsync("c3", "h-ticket", At.AddMinutes(-5), HandoffKind.Ticket);

        var waiting = await store.Handoffs.ListAsync(HandoffStatus.Waiting, None);
        Assert.Equal(["h-first", "h-second", "h-ticket"], waiting.Select(h => h.Id));
        Assert.Equal(1, await store.Handoffs.PositionAsync("h-first", None));
        Assert.Equal(2, await store.Handoffs.PositionAsync("h-second", None));
        Assert.Equal(2, await store.Handoffs.CountWaitingLiveAsync(None));
        var first = (await store.Handoffs.GetAsync("h-first", None))!;
        Assert.Equal(("c1", HandoffKind.Live, HandoffStatus.Waiting, "requested", "douyin", At), (first.ConversationId, first.Kind, first.Status, first.Reason, first.Platform, first.WaitingSince));
        Assert.Equal("h-first", (await store.Handoffs.FindOpenAsync("c1", None))?.Id);
        Assert.Null(await store.Handoffs.FindOpenAsync("c3", None));
        Assert.Null(await store.Handoffs.GetAsync("nope", None));
        Assert.Empty(await store.Handoffs.ListAsync(HandoffStatus.Active, None));
    }

    [Theory]
    [BothStores]
    public async Task TryMoveAsync_ClaimsAtOnceFromTwoStoreInstances_ExactlyOneWinsAndOneEventIsStored(StoreKind kind)
    {
        await using var one = await CreateAsync(kind);
        var two = await one.OpenAnotherAsync();
        await one.StartConversationAsync("c1");
        await one.OpenHandoffAsync("c1", "h1", At);

        var claims = Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            (i % 2 == 0 ? one : two).Handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, $"agent{i}", [Accepted()], None)));
        var updates = await Task.WhenAll(claims);

        var winner = Assert.Single(updates, u => u.Applied);
        Assert.All(updates.Where(u => !u.Applied), u => Assert.Empty(u.Appended));
        var stored = Assert.Single(winner.Appended);
        Assert.Equal(stored.Sequence, Assert.Single(await one.Conversations.GetActivitiesAsync("c1", 0, 10, None)).Sequence);
        var claimed = (await two.Handoffs.GetAsync("h1", None))!;
        Assert.Equal(HandoffStatus.Active, claimed.Status);
        Assert.Equal(1, (await one.Handoffs.ActiveCountsAsync(None))[claimed.AssignedTo!]);
    }

    [Theory]
    [BothStores]
    public async Task TryMoveAsync_Won_TheClaimAndItsEventCommitTogetherAndTheEventAwaitsItsTurn(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        await store.OpenHandoffAsync("c1", "h1", At);
        await store.Agents.UpsertAsync("alice", "ALICE", AgentRoles.Agent, "hash", None);

        var update = await store.Handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [Accepted()], None);

        Assert.True(update.Applied);
        var stored = Assert.Single(update.Appended);
        Assert.Equal(TurnActivities.HandoffStatus, Assert.Single(await store.Conversations.GetActivitiesAsync("c1", 0, 10, None)).Activity.Name);
        var claimed = (await store.Handoffs.GetAsync("h1", None))!;
        Assert.Equal((HandoffStatus.Active, "alice", "ALICE"), (claimed.Status, claimed.AssignedTo, claimed.AssignedToName));
        // A process that stops now still runs the event's turn at its next start.
        Assert.Equal((0L, stored.Sequence), await store.Conversations.GetProgressAsync("c1", None));
        Assert.Contains("c1", await store.Conversations.GetConversationsWithPendingTurnsAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task TryMoveAsync_AnEventThatCannotBeStored_TheHandoffStaysWaitingAndCanBeClaimedAfter(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        await store.OpenHandoffAsync("c1", "h1", At);
        var unstorable = Accepted();
        // An escaped lone surrogate in raw JSON: the writer refuses it, after the update ran.
        unstorable.ChannelData = JsonSerializer.Deserialize<JsonElement>("""{"note":"\ud800"}""");

        await Assert.ThrowsAnyAsync<Exception>(() => store.Handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [unstorable], None));
        Assert.Equal(HandoffStatus.Waiting, (await store.Handoffs.GetAsync("h1", None))!.Status);
        var afterwards = await store.Handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [Accepted()], None);

        Assert.True(afterwards.Applied);
        Assert.Single(await store.Conversations.GetActivitiesAsync("c1", 0, 10, None));
    }

    [Theory]
    [BothStores]
    public async Task TryTransferAsync_OnlyTheOwner_HandsItOnWithItsEvent(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        await store.OpenHandoffAsync("c1", "h1", At);
        await store.Handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [], None);

        var wrongOwner = await store.Handoffs.TryTransferAsync("h1", "bob", "carol", [Accepted()], None);
        var owner = await store.Handoffs.TryTransferAsync("h1", "alice", "carol", [Accepted()], None);

        Assert.Equal(HandoffUpdate.Lost, wrongOwner);
        Assert.True(owner.Applied);
        var handoff = (await store.Handoffs.GetAsync("h1", None))!;
        Assert.Equal((HandoffStatus.Active, "carol"), (handoff.Status, handoff.AssignedTo));
        Assert.Single(await store.Conversations.GetActivitiesAsync("c1", 0, 10, None));
        Assert.Equal(new Dictionary<string, int> { ["carol"] = 1 }, await store.Handoffs.ActiveCountsAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task CancelHandoff_WithTheTurn_CancelsTheWaitingOneButNotOneAnAgentTook(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("waiting");
        await store.StartConversationAsync("taken");
        await store.OpenHandoffAsync("waiting", "h-waiting", At);
        await store.OpenHandoffAsync("taken", "h-taken", At);
        await store.Handoffs.TryMoveAsync("h-taken", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [], None);

        await store.CommitEffectsAsync("waiting", new CancelHandoff());
        await store.CommitEffectsAsync("taken", new CancelHandoff());

        Assert.Equal(HandoffStatus.Cancelled, (await store.Handoffs.GetAsync("h-waiting", None))!.Status);
        Assert.Equal(HandoffStatus.Active, (await store.Handoffs.GetAsync("h-taken", None))!.Status);
        Assert.Null(await store.Handoffs.FindOpenAsync("waiting", None));
        Assert.Equal("h-waiting", (await store.Handoffs.FindLatestAsync("waiting", HandoffKind.Live, None))?.Id);
        Assert.Equal(0, await store.Handoffs.CountWaitingLiveAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task RateHandoff_WithTheTurn_IsRecordedOnTheResolvedHandoffWithItsComment(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        await store.OpenHandoffAsync("c1", "h1", At);
        await store.Handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [], None);
        await store.Handoffs.TryMoveAsync("h1", HandoffStatus.Active, HandoffStatus.Resolved, null, [], None);

        await store.CommitEffectsAsync("c1", new RateHandoff(5, "服务很好"));

        var rated = (await store.Handoffs.GetAsync("h1", None))!;
        Assert.Equal((HandoffStatus.Resolved, "alice", 5, "服务很好"), (rated.Status, rated.AssignedTo, rated.Rating, rated.RatingComment));
        Assert.Equal("h1", Assert.Single(await store.Handoffs.ListAsync(HandoffStatus.Resolved, None)).Id);
        await store.Handoffs.LogRevealAsync("alice", "h1", ActivityIds.For("c1", 1), At, None);
    }

    [Theory]
    [BothStores]
    public async Task TryAbandonAsync_ClosesOrTurnsIntoATicket_OnlyAWaitingLiveChat_WithItsEvent(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        foreach (var id in new[] { "gone", "left-a-number", "taken" })
        {
            await store.StartConversationAsync(id);
            await store.OpenHandoffAsync(id, "h-" + id, At);
        }

        await store.Handoffs.TryMoveAsync("h-taken", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [], None);
        var ticket = new HandoffContext("requested", "douyin", null, [], null, "138****5678", "保证金没退", "T7K3QZP");

        var closed = await store.Handoffs.TryAbandonAsync("h-gone", null, [Accepted()], None);
        var converted = await store.Handoffs.TryAbandonAsync("h-left-a-number", ticket, [], None);
        var refused = await store.Handoffs.TryAbandonAsync("h-taken", null, [Accepted()], None);

        Assert.True(closed.Applied);
        Assert.Single(closed.Appended);
        Assert.Equal(HandoffStatus.Cancelled, (await store.Handoffs.GetAsync("h-gone", None))!.Status);
        var now = (await store.Handoffs.GetAsync("h-left-a-number", None))!;
        Assert.Equal((HandoffKind.Ticket, HandoffStatus.Waiting, "138****5678", "T7K3QZP"), (now.Kind, now.Status, now.Context.Contact, now.Context.TicketNumber));
        Assert.False(refused.Applied);
        Assert.Equal(HandoffStatus.Active, (await store.Handoffs.GetAsync("h-taken", None))!.Status);
        Assert.Equal("h-left-a-number", (await store.Handoffs.FindLatestAsync("left-a-number", HandoffKind.Ticket, None))?.Id);
        Assert.Equal(0, await store.Handoffs.CountWaitingLiveAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task AddToTicket_WithTheTurn_AddsToTheWaitingTicket_AndATakenTicketHasTheConversation(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        await store.OpenHandoffAsync("c1", "h1", At, HandoffKind.Ticket);
        Assert.Null(await store.Handoffs.FindOpenAsync("c1", None));

        await store.CommitEffectsAsync("c1", new AddToTicket("另外店铺ID是 88231", null));
        await store.CommitEffectsAsync("c1", new AddToTicket("电话换成139****5678了", "139****5678"));

        var context = (await store.Handoffs.GetAsync("h1", None))!.Context;
        Assert.Equal(["另外店铺ID是 88231", "电话换成139****5678了"], context.Additions);
        Assert.Equal("139****5678", context.Contact);
        await store.Handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [], None);
        Assert.Equal("h1", (await store.Handoffs.FindOpenAsync("c1", None))?.Id);
        await store.CommitEffectsAsync("c1", new AddToTicket("taken already", null));
        Assert.Equal(2, (await store.Handoffs.GetAsync("h1", None))!.Context.Additions!.Count);
    }

    private static Activity Accepted()
    {
        var activity = HandoffActivities.StatusEvent(Alice, "accepted");
        activity.Timestamp = DateTimeOffset.UnixEpoch;
        return activity;
    }
}
