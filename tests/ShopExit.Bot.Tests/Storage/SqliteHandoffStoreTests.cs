using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>
/// An agent's claim and its <c>handoff.status</c> event commit together or not at all: the SQLite
/// store's own case, a handoff whose conversation is missing (PostgreSQL's foreign key cannot hold
/// one). The rest of the handoff store's contract is <see cref="HandoffStoreContractTests"/>, on both stores.
/// </summary>
public sealed class SqliteHandoffStoreTests : IDisposable
{
    private static readonly AgentAccount Alice = new("alice", "ALICE", AgentRoles.Agent, "hash", AgentPresence.Online, null);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly SqliteDatabase _database = new(Options.Create(new ShopExitOptions { DataDirectory = TestPaths.NewTempFolder("handoff-store") }));
    private readonly SqliteHandoffStore _handoffs;

    public SqliteHandoffStoreTests() => _handoffs = new SqliteHandoffStore(_database, _time);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TryMoveAsync_TheAppendFails_NoClaimIsTakenWithoutItsEvent()
    {
        // The handoff's conversation is not in the store: the append after the update throws.
        await InsertHandoffAsync("h1", "c-missing");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => _handoffs.TryMoveAsync("h1", HandoffStatus.Waiting, HandoffStatus.Active, "alice", [Accepted()], CancellationToken.None));

        Assert.Equal((HandoffStatus.Waiting, null), await StatusAsync("h1"));
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
