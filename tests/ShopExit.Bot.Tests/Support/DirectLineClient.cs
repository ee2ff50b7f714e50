using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Tests.Support;

/// <summary>A minimal Direct Line client over the test server, for HTTP-level tests.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public string ConversationId { get; private set; } = string.Empty;

    public string Token { get; private set; } = string.Empty;

    /// <summary>This connection, on the given conversation and token.</summary>
    public DirectLineClient WithToken(string conversationId, string token) => new(Http) { ConversationId = conversationId, Token = token };

    /// <summary>Posts any activity to the conversation.</summary>
    public Task<HttpResponseMessage> PostAsync<T>(T activity) =>
        Http.SendAsync(Request(HttpMethod.Post, $"/conversations/{ConversationId}/activities", content: JsonContent.Create(activity)));

    /// <summary>The same conversation and token over another connection (after a restart).</summary>
    public DirectLineClient WithHttp(HttpClient http) => new(http) { ConversationId = ConversationId, Token = Token };

    public static Task<DirectLineClient> StartAsync(BotFactory bot) => StartAsync(bot.CreateClient());

    /// <summary>A new conversation through any HTTP client (a real port, a proxy in front of instances).</summary>
    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        var response = await client.Http.PostAsync(new Uri("/api/widget/token", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.ConversationId = body.RootElement.GetProperty("conversationId").GetString()!;
        client.Token = body.RootElement.GetProperty("token").GetString()!;
        return client;
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? token = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri("/v3/directline" + path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return request;
    }

    public async Task<HttpResponseMessage> PostTextAsync(string text, string? clientActivityId = null, string? token = null, string? conversationId = null)
    {
        var activity = new
        {
            type = "message",
            text,
            from = new { id = "whoever", name = "商家" },
            locale = "zh-CN",
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        return await Http.SendAsync(Request(HttpMethod.Post, $"/conversations/{conversationId ?? ConversationId}/activities", token, JsonContent.Create(activity)));
    }

    public async Task<(List<JsonElement> Activities, string Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        var response = await Http.SendAsync(Request(HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark={watermark}"));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList(), body.RootElement.GetProperty("watermark").GetString()!);
    }

    /// <summary>Waits until the bot has answered everything sent so far.</summary>
    public static Task SettleAsync(BotFactory bot) =>
        ((IServiceProvider)bot.Services).GetService(typeof(ConversationService)) is ConversationService service ? service.DrainAsync() : Task.CompletedTask;

    public static string TextOf(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;

    public static string RoleOf(JsonElement activity) => activity.GetProperty("from").GetProperty("role").GetString()!;

    public static Activity ToActivity(JsonElement element) => element.Deserialize<Activity>(ActivityJson.Options)!;
}
