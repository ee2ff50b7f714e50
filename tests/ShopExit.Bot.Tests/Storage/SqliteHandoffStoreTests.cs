using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>An agent's claim and its <c>handoff.status</c> event commit together or not at all.</summary>
public sealed class SqliteHandoffStoreTests : IDisposable
{
    private static readonly AgentAccount Alice = new("alice", "ALICE", AgentRoles.Agent, "hash", AgentPresence.Online, null);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly SqliteDatabase _database = new(Options.Create(new ShopExitOptions { DataDirectory = TestPaths.NewTempFolder("handoff-store") }));
    private readonly SqliteConversationStore _conversations;
    private readonly SqliteHandoffStore _handoffs;

    public SqliteHandoffStoreTests()
    {
        _conversations = new SqliteConversationStore(_database, new SqliteEffectWriters([]), _time);
        _handoffs = new SqliteHandoffStore(_database, _time);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TryMoveAsync_Won_TheClaimAndItsEventCommitTogetherAndTheEventAwaitsItsTurn()
    {
        await _conversations.CreateAsync("c1", "u1", new ConversationData(), CancellationToken.None);
        await InsertHandoffAsync("h1", "c1");

        var update = await _handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [Accepted()], CancellationToken.None);

        Assert.True(update.Applied);
        var stored = Assert.Single(update.Appended);
        Assert.Equal(TurnActivities.HandoffStatus, Assert.Single(await _conversations.GetActivitiesAsync("c1", 0, 10, CancellationToken.None)).Activity.Name);
        Assert.Equal((HandoffStatus.Active, "alice"), await StatusAsync("h1"));
        // A process that stops now still runs the event's turn at its next start.
        Assert.Equal((0L, stored.Sequence), await _conversations.GetProgressAsync("c1", CancellationToken.None));
        Assert.Contains("c1", await _conversations.GetConversationsWithPendingTurnsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TryMoveAsync_TheAppendFails_NoClaimIsTakenWithoutItsEvent()
    {
        // The handoff's conversation is not in the store: the append after the update throws.
        await InsertHandoffAsync("h1", "c-missing");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => _handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [Accepted()], CancellationToken.None));

        Assert.Equal((HandoffStatus.Waiting, null), await StatusAsync("h1"));
    }

    [Fact]
    public async Task TryMoveAsync_AnEventThatCannotBeStored_TheHandoffStaysWaitingAndCanBeClaimedAfter()
    {
        await _conversations.CreateAsync("c1", "u1", new ConversationData(), CancellationToken.None);
        await InsertHandoffAsync("h1", "c1");
        var unstorable = Accepted();
        // An escaped lone surrogate in raw JSON: the writer refuses it, after the update ran.
        unstorable.ChannelData = JsonSerializer.Deserialize<JsonElement>("""{"note":"\ud800"}""");

        await Assert.ThrowsAnyAsync<Exception>(() => _handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [unstorable], CancellationToken.None));
        var afterwards = await _handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [Accepted()], CancellationToken.None);

        Assert.True(afterwards.Applied);
        Assert.Single(await _conversations.GetActivitiesAsync("c1", 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task TryMoveAsync_TenAtOnce_ExactlyOneWinsAndOneEventIsStored()
    {
        await _conversations.CreateAsync("c1", "u1", new ConversationData(), CancellationToken.None);
        await InsertHandoffAsync("h1", "c1");

        var updates = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            _handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, $"agent{i}", [Accepted()], CancellationToken.None)));

        var winner = Assert.Single(updates, u => u.Applied);
        Assert.All(updates.Where(u => !u.Applied), u => Assert.Empty(u.Appended));
        Assert.Single(winner.Appended);
        Assert.Single(await _conversations.GetActivitiesAsync("c1", 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task TryTransferAsync_NotTheOwner_WritesNothing()
    {
        await _conversations.CreateAsync("c1", "u1", new ConversationData(), CancellationToken.None);
        await InsertHandoffAsync("h1", "c1");
        await _handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [], CancellationToken.None);

        var wrongOwner = await _handoffs.TryTransferAsync("h1", "bob", "carol", [Accepted()], CancellationToken.None);
        var owner = await _handoffs.TryTransferAsync("h1", "alice", "carol", [Accepted()], CancellationToken.None);

        Assert.Equal(HandoffUpdate.Lost, wrongOwner);
        Assert.True(owner.Applied);
        Assert.Equal((HandoffStatus.Active, "carol"), await StatusAsync("h1"));
        Assert.Single(await _conversations.GetActivitiesAsync("c1", 0, 10, CancellationToken.None));
    }

    private static Activity Accepted()
    {
        var activity = HandoffActivities.StatusEvent(Alice, "accepted");
        activity.Timestamp = DateTimeOffset.UnixEpoch;
        return activity;
    }

    private async Task<(HandoffStatus, string?)> StatusAsync(string id) =>
        await _handoffs.GetAsync(id, CancellationToken.None) is { } handoff ? (handoff.Status, handoff.AssignedTo) : throw new InvalidOperationException("no handoff");

    private Task InsertHandoffAsync(string id, string conversationId)
    {
        var context = JsonSerializer.Serialize(new HandoffContext("requested", null, null, [], null), ActivityJson.Options);
        return _database.WriteAsync(
            session => session.Command(
                """
                INSERT INTO handoffs (id, conversation_id, kind, status, reason, context_json, waiting_since, assigned_to, updated_at)
                VALUES ($id, $conversation, 'live', 'waiting', 'requested', $context, '2026-11-23T01:00:00.0000000Z', NULL, '2026-11-23T01:00:00.0000000Z')
                """,
                ("$id", id), ("$conversation", conversationId), ("$context", context)).ExecuteNonQueryAsync(),
            CancellationToken.None);
    }
}
