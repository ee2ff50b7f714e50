using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>The enums on the wire and in the store: the same lowercase strings as before they were enums.</summary>
public class HandoffWireTests : HandoffTestBase
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("cancelled")]
    [InlineData("Waiting")]
    [InlineData("1")]
    public async Task ListHandoffs_UnknownStatus_Is400BadArgument(string status)
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");

        var response = await alice.Http.GetAsync(new Uri($"/api/agent/handoffs?status={status}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("BadArgument", error.GetProperty("code").GetString());
        Assert.Equal("status must be waiting, active or resolved.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"presence":"busy"}""")]
    [InlineData("""{"presence":"offline"}""")]
    [InlineData("""{"presence":"Online"}""")]
    [InlineData("""{"presence":1}""")]
    [InlineData("""{}""")]
    [InlineData("""{"presence":""")]
    public async Task Presence_UnknownValue_Is400BadArgument(string body)
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice", online: false);

        var response = await alice.Http.PostAsync(new Uri("/api/agent/presence", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Presence_OnlineThenAway_ListedWithTheLowercaseNames()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var bob = await AgentClient.CreateAsync(Bot, "bob");
        (await bob.PostAsync("/api/agent/presence", new { presence = "away" })).EnsureSuccessStatusCode();
        await AgentClient.CreateAsync(Bot, "carol", online: false);

        var agents = (await alice.GetJsonAsync("/api/agent/agents")).EnumerateArray().ToDictionary(a => a.GetProperty("username").GetString()!, a => a.GetProperty("presence").GetString());
        var me = await bob.GetJsonAsync("/api/agent/me");

        Assert.Equal(new Dictionary<string, string?> { ["alice"] = "online", ["bob"] = "away", ["carol"] = "offline" }, agents);
        Assert.Equal("away", me.GetProperty("presence").GetString());
    }

    [Fact]
    public async Task Store_WritesTheSameStringsAsBefore()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();
        var queued = await ReadRowAsync(id!);

        (await alice.PostAsync($"/api/agent/handoffs/{id}/claim")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(Bot);

        Assert.Equal(("live", "waiting"), queued);
        Assert.Equal(("live", "active"), await ReadRowAsync(id!));
        Assert.Equal("online", await ScalarAsync("SELECT presence FROM agents WHERE username = 'alice'"));
    }

    [Fact]
    public async Task Store_RowsWrittenByTheEarlierVersion_AreReadAsBefore()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        // What the version with string constants wrote for a ticket and for a resolved chat.
        await ExecuteAsync($$"""
            INSERT INTO handoffs (id, conversation_id, kind, status, reason, context_json, waiting_since, assigned_to, updated_at) VALUES
            ('hold1', '{{merchant.ConversationId}}', 'ticket', 'waiting', 'requested', '{"reason":"requested","faqShown":[]}', '2026-11-23T01:00:00.0000000Z', NULL, '2026-11-23T01:00:00.0000000Z'),
            ('hold2', '{{merchant.ConversationId}}', 'live', 'resolved', 'requested', '{"reason":"requested","faqShown":[]}', '2026-11-23T00:00:00.0000000Z', 'alice', '2026-11-23T01:00:00.0000000Z')
            """);

        var waiting = Assert.Single(await alice.HandoffsAsync());
        var resolved = Assert.Single(await alice.HandoffsAsync("resolved"));

        Assert.Equal(("hold1", "ticket", "waiting"), (waiting.GetProperty("id").GetString(), waiting.GetProperty("kind").GetString(), waiting.GetProperty("status").GetString()));
        Assert.Equal(("hold2", "live", "resolved"), (resolved.GetProperty("id").GetString(), resolved.GetProperty("kind").GetString(), resolved.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Store_AStatusItDoesNotKnow_Is503StoreUnavailableNot500()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();
        await ExecuteAsync($"UPDATE handoffs SET status = 'bogus' WHERE id = '{id}'");

        var response = await alice.Http.GetAsync(new Uri($"/api/agent/handoffs/{id}/transcript", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("StoreUnavailable", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    private async Task<(string Kind, string Status)> ReadRowAsync(string id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, status FROM handoffs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // A second connection beside the running bot's (WAL: readers and one writer at a time).
    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(Bot.DataDirectory, "shopexit.db")};Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        return connection;
    }
}
