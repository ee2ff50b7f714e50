using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Channels;

/// <summary>
/// The merchant's client ends the conversation (Web Chat / DirectLineJS <c>end()</c> posting an
/// <c>endOfConversation</c> activity): it is stored and not answered, nothing more can be posted
/// or refreshed (403 <c>ConversationEnded</c>), the history can still be read, and a new
/// conversation starts as always.
/// </summary>
public class EndOfConversationTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new();
    private DirectLineClient _client = null!;

    public async Task InitializeAsync() => _client = await DirectLineClient.StartAsync(_bot);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task EndOfConversation_IsStoredAndTheBotDoesNotAnswerIt()
    {
        await _client.PostTextAsync("保证金多久退");
        await DirectLineClient.SettleAsync(_bot);

        var response = await EndAsync(_client);
        await DirectLineClient.SettleAsync(_bot);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var (activities, _) = await _client.GetActivitiesAsync();
        var last = activities[^1];
        Assert.Equal(id, last.GetProperty("id").GetString());
        Assert.Equal("endOfConversation", last.GetProperty("type").GetString());
        Assert.Equal("user", DirectLineClient.RoleOf(last));
        Assert.DoesNotContain(activities, a => a.TryGetProperty("replyToId", out var reply) && reply.GetString() == id);
    }

    [Fact]
    public async Task AfterTheEnd_MessagesTypingAndAnotherEndAre403ConversationEnded_AndNothingIsStored()
    {
        await EndAsync(_client);
        await DirectLineClient.SettleAsync(_bot);
        var (before, watermark) = await _client.GetActivitiesAsync();

        await AssertEndedAsync(await _client.PostTextAsync("还在吗"));
        await AssertEndedAsync(await _client.PostAsync(new { type = "typing", from = new { id = "merchant" } }));
        await AssertEndedAsync(await EndAsync(_client));
        await AssertEndedAsync(await _client.Http.SendAsync(_client.Request(HttpMethod.Post, $"/conversations/{_client.ConversationId}/activities", BotFactory.Secret,
            JsonContent.Create(new { type = "message", text = "from the server", from = new { id = "merchant" } }))));

        await DirectLineClient.SettleAsync(_bot);
        var (after, same) = await _client.GetActivitiesAsync();
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(watermark, same);
    }

    [Fact]
    public async Task AfterTheEnd_TheTokenIsNotRefreshed()
    {
        await EndAsync(_client);

        var refreshed = await _client.Http.SendAsync(_client.Request(HttpMethod.Post, "/tokens/refresh"));

        await AssertEndedAsync(refreshed);
    }

    [Fact]
    public async Task AfterTheEnd_TheHistoryIsStillReadAndTheWidgetStartsANewConversation()
    {
        await _client.PostTextAsync("保证金多久退");
        await DirectLineClient.SettleAsync(_bot);
        await EndAsync(_client);
        await DirectLineClient.SettleAsync(_bot);

        var (activities, _) = await _client.GetActivitiesAsync();
        var reconnect = await _client.Http.SendAsync(_client.Request(HttpMethod.Get, $"/conversations/{_client.ConversationId}?watermark=1"));
        var fresh = await DirectLineClient.StartAsync(_bot);
        var posted = await fresh.PostTextAsync("保证金多久退");
        await DirectLineClient.SettleAsync(_bot);

        Assert.Contains(activities, a => DirectLineClient.TextOf(a) == "保证金多久退");
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.NotEqual(_client.ConversationId, fresh.ConversationId);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var (answers, _) = await fresh.GetActivitiesAsync("2");
        Assert.Contains(answers, a => DirectLineClient.RoleOf(a) == "bot");
    }

    [Fact]
    public async Task TheEnd_SurvivesARestart()
    {
        var dataDirectory = TestPaths.NewTempFolder("ended");
        DirectLineClient client;
        await using (var first = new BotFactory(dataDirectory: dataDirectory))
        {
            client = await DirectLineClient.StartAsync(first);
            Assert.Equal(HttpStatusCode.OK, (await EndAsync(client)).StatusCode);
            await DirectLineClient.SettleAsync(first);
        }

        await using var second = new BotFactory(dataDirectory: dataDirectory);
        var restarted = client.WithHttp(second.CreateClient());

        await AssertEndedAsync(await restarted.PostTextAsync("还在吗"));
        await AssertEndedAsync(await restarted.Http.SendAsync(restarted.Request(HttpMethod.Post, "/tokens/refresh")));
        var (activities, _) = await restarted.GetActivitiesAsync();
        Assert.Equal("endOfConversation", activities[^1].GetProperty("type").GetString());
    }

    private static Task<HttpResponseMessage> EndAsync(DirectLineClient client) =>
        client.PostAsync(new { type = "endOfConversation", from = new { id = "merchant" } });

    private static async Task AssertEndedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("ConversationEnded", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
