using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ShopExit.LoadTest;

/// <summary>
/// The handoff load (<c>--agents N --handoffs M</c>): M merchants ask for a human, N agents log in
/// and claim them, then every agent sends messages to its conversations; the time from an agent's
/// POST to the message arriving on the merchant's Direct Line stream (what Web Chat shows) is recorded.
/// Agents must exist: <c>agent add load1 .. loadN</c> with the password given by <c>--agent-password</c>.
/// </summary>
internal static class AgentDeskLoad
{
    public static async Task RunAsync(HttpClient http, LoadOptions options, int agentCount, int handoffs, string password, int messagesPerConversation)
    {
        var agents = new List<HttpClient>();
        for (var i = 1; i <= agentCount; i++)
        {
            var login = await http.PostAsJsonAsync(new Uri(options.Url, "/api/agent/token"), new { username = $"load{i}", password });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
            var agent = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 8 }) { BaseAddress = options.Url };
            agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await agent.PostAsJsonAsync("/api/agent/presence", new { presence = "online" })).EnsureSuccessStatusCode();
            agents.Add(agent);
        }

        var merchants = Enumerable.Range(0, handoffs).Select(i => new VirtualMerchant(http, options, 2_000_000 + i)).ToList();
        var setup = Stopwatch.StartNew();
        await Parallel.ForEachAsync(merchants, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (m, ct) =>
        {
            await m.ConnectAsync(ct);
            await m.SayAsync("转人工", ct);
        });

        var waiting = (await agents[0].GetFromJsonAsync<JsonElement>("/api/agent/handoffs?status=waiting")).EnumerateArray()
            .Select(h => (Id: h.GetProperty("id").GetString()!, Conversation: h.GetProperty("conversationId").GetString()!)).ToList();
        var owned = new ConcurrentBag<(HttpClient Agent, string Handoff, VirtualMerchant Merchant)>();
        var byConversation = merchants.ToDictionary(m => m.ConversationId, StringComparer.Ordinal);
        await Parallel.ForEachAsync(waiting.Select((h, i) => (h, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (item, ct) =>
        {
            var agent = agents[item.i % agents.Count];
            var claim = await agent.PostAsync(new Uri($"/api/agent/handoffs/{item.h.Id}/claim", UriKind.Relative), null, ct);
            if (claim.IsSuccessStatusCode && byConversation.TryGetValue(item.h.Conversation, out var merchant))
            {
                owned.Add((agent, item.h.Id, merchant));
            }
        });
        Console.WriteLine($"{owned.Count} handoffs claimed by {agents.Count} agents in {setup.Elapsed.TotalSeconds:0.0} s");

        var latencies = new ConcurrentBag<double>();
        var run = Stopwatch.StartNew();
        await Parallel.ForEachAsync(owned, new ParallelOptions { MaxDegreeOfParallelism = agentCount }, async (o, ct) =>
        {
            for (var i = 0; i < messagesPerConversation; i++)
            {
                var watch = Stopwatch.StartNew();
                var sent = await o.Agent.PostAsJsonAsync($"/api/agent/handoffs/{o.Handoff}/messages", new { text = $"您好，这是客服的第 {i + 1} 条消息。" }, ct);
                sent.EnsureSuccessStatusCode();
                var id = (await sent.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
                await o.Merchant.DeliveredAsync(id).WaitAsync(TimeSpan.FromSeconds(30), ct);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        });

        var sorted = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"agents={agentCount} conversations={owned.Count} agent messages={sorted.Length} in {run.Elapsed.TotalSeconds:0.0}s: agent→merchant p50={Percentile.Of(sorted, 0.5):0.0}ms p99={Percentile.Of(sorted, 0.99):0.0}ms max={sorted[^1]:0.0}ms"));
        foreach (var merchant in merchants)
        {
            await merchant.DisposeAsync();
        }

        foreach (var agent in agents)
        {
            agent.Dispose();
        }
    }
}
