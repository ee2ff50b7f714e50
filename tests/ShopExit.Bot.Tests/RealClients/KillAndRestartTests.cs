using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.RealClients;

/// <summary>
/// SIGKILL the bot in the middle of a walkthrough and start it again on the same data folder (on
/// another port): the merchant's token still works, the transcript has every message exactly
/// once, and the walkthrough continues at the same step (a blocker included).
/// </summary>
[Collection(RealProcessCollection.Name)]
public class KillAndRestartTests
{
    [Fact]
    public async Task SigkillMidWalkthrough_RestartContinuesAtTheSameStepWithNothingLostOrDuplicated()
    {
        var dataDirectory = TestPaths.NewTempFolder("restart-data");
        string conversationId, token;
        await using (var first = await BotProcess.StartAsync(dataDirectory))
        {
            using var http = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            (conversationId, token) = await StartAsync(http);
            await SayAsync(http, conversationId, token, "店铺注销", "哪个平台");
            await SayAsync(http, conversationId, token, "淘宝", "未完成的订单");
            await SayAsync(http, conversationId, token, "已完成", "店铺资金");

            // The merchant answers and the process dies at once: no shutdown, no flush.
            var posted = await PostAsync(http, conversationId, token, "还没有");
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            first.Kill();
        }

        await using var second = await BotProcess.StartAsync(dataDirectory);
        using var client = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };

        var reconnect = await client.SendAsync(Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", token));
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        // 还没有 at the funds question is a blocker: its advice answers it, and the walkthrough waits there.
        var activities = await WaitForAsync(client, conversationId, token, "全部提现");

        var sequences = activities.Select(a => long.Parse(a.GetProperty("id").GetString()!.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        var answer = Assert.Single(activities, a => Role(a) == "user" && Text(a) == "还没有");
        Assert.Single(activities, a => Role(a) == "bot" && Text(a).Contains("全部提现", StringComparison.Ordinal)
            && a.GetProperty("replyToId").GetString() == answer.GetProperty("id").GetString());
        Assert.Single(activities, a => Role(a) == "user" && Text(a) == "已完成");

        // The blocker survived the kill: resolving it goes on to the next item, and on from there.
        await SayAsync(client, conversationId, token, "已处理好，继续", "备份");
        var steps = await SayAsync(client, conversationId, token, "已完成", "店铺管理");
        Assert.Contains("注销店铺", steps, StringComparison.Ordinal);
    }

    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient http)
    {
        var response = await http.SendAsync(Request(HttpMethod.Post, "/v3/directline/conversations", BotProcess.Secret, JsonContent.Create(new { user = new { id = "merchant-restart" } })));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string conversationId, string token, string text) =>
        http.SendAsync(Request(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            JsonContent.Create(new { type = "message", text, from = new { id = "merchant-restart" } })));

    private static async Task<string> SayAsync(HttpClient http, string conversationId, string token, string text, string expected)
    {
        var before = (await GetAsync(http, conversationId, token)).Count;
        (await PostAsync(http, conversationId, token, text)).EnsureSuccessStatusCode();
        var activities = await WaitForAsync(http, conversationId, token, expected, before);
        return Text(activities.Last(a => Text(a).Contains(expected, StringComparison.Ordinal)));
    }

    private static async Task<List<JsonElement>> WaitForAsync(HttpClient http, string conversationId, string token, string expected, int after = 0)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var activities = await GetAsync(http, conversationId, token);
            if (activities.Skip(after).Any(a => Role(a) == "bot" && Text(a).Contains(expected, StringComparison.Ordinal)))
            {
                return activities;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"the bot never said '{expected}'");
            await Task.Delay(100);
        }
    }

    private static async Task<List<JsonElement>> GetAsync(HttpClient http, string conversationId, string token)
    {
        var response = await http.SendAsync(Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string credential, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return request;
    }

    private static string Role(JsonElement activity) => activity.GetProperty("from").GetProperty("role").GetString()!;

    private static string Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
}
