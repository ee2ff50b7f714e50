using System.Globalization;

namespace ShopExit.LoadTest;

/// <summary>
/// The soak: <c>--soak SECONDS --conversations N --think-ms M</c> merchants walking the deposit
/// script through the load balancer for that long (tests/ShopExit.LoadTest/cluster.sh kills and
/// restarts instances meanwhile), then every transcript checked against what the merchants were
/// told and what their streams delivered: nothing acknowledged may be lost or doubled.
/// </summary>
internal static class SoakLoad
{
    public static async Task<int> RunAsync(HttpClient http, LoadOptions options)
    {
        var until = DateTime.UtcNow.AddSeconds(options.SoakSeconds);
        var merchants = Enumerable.Range(0, options.Conversations).Select(i => new SoakMerchant(http, options, i)).ToList();
        Console.WriteLine($"soak: {merchants.Count} merchants for {options.SoakSeconds} s through {options.Url}, a message every ~{options.ThinkMilliseconds} ms each");
        await Task.WhenAll(merchants.Select(m => m.RunAsync(until, CancellationToken.None)));
        var total = (await Task.WhenAll(merchants.Select(m => m.VerifyAsync(CancellationToken.None)))).Aggregate((a, b) => a + b);
        var latencies = merchants.SelectMany(m => m.LatencyMs).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"soak: acknowledged={total.Acknowledged} lost={total.Lost} stored-twice={total.StoredTwice} unanswered={total.Unanswered} answered-twice={total.AnsweredTwice}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"soak: streamed-twice={total.StreamedTwice} never-streamed={total.NeverStreamed} unacknowledged-posts={total.Unacknowledged} (sent again) stream-reconnects={total.Reconnects} replies-later-than-60s={total.LateReplies}"));
        if (latencies.Length > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"soak: turn latency p50={Percentile.Of(latencies, 0.50):0.0}ms p99={Percentile.Of(latencies, 0.99):0.0}ms p99.9={Percentile.Of(latencies, 0.999):0.0}ms max={latencies[^1]:0.0}ms over {latencies.Length} turns"));
        }

        return total.Lost + total.StoredTwice + total.AnsweredTwice + total.Unanswered == 0 ? 0 : 1;
    }
}
