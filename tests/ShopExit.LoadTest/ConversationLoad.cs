using System.Diagnostics;
using System.Globalization;

namespace ShopExit.LoadTest;

/// <summary>
/// The main load: <c>--conversations N --turns T</c> merchants at once, each on its own WebSocket.
/// Prints the latency percentiles and the replies that did not look like their step; with
/// <c>--server-pid</c> the server's CPU per turn; and, for runs over 10 s, the first 10 s (a cold
/// server warming up) against the rest.
/// </summary>
internal static class ConversationLoad
{
    private const double ColdSeconds = 10;

    public static async Task RunAsync(HttpClient http, LoadOptions options)
    {
        var merchants = Enumerable.Range(0, options.Conversations).Select(i => new VirtualMerchant(http, options, i)).ToList();
        var connect = Stopwatch.StartNew();
        await Parallel.ForEachAsync(merchants, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (m, ct) => await m.ConnectAsync(ct));
        Console.WriteLine($"{merchants.Count} conversations started and streaming in {connect.Elapsed.TotalSeconds:0.0} s");

        var log = new TurnLog();
        using var runEnded = new CancellationTokenSource();
        var cpuBefore = ServerCpu.Read(options.ServerPid);
        log.Start();
        var cpuAtColdEnd = ReadCpuLaterAsync(options.ServerPid, TimeSpan.FromSeconds(ColdSeconds), runEnded.Token);
        await Task.WhenAll(merchants.Select(m => m.RunAsync(options.Turns, log, CancellationToken.None)));
        log.Stop();
        var cpuAfter = ServerCpu.Read(options.ServerPid);
        await runEnded.CancelAsync();
        PrintDelivery(merchants.SelectMany(m => m.DeliveryMilliseconds).Order().ToArray(), options.StreamUrl is not null);
        foreach (var merchant in merchants)
        {
            await merchant.DisposeAsync();
        }

        var turns = log.Records.ToList();
        var elapsed = log.Elapsed.TotalSeconds;
        var sorted = turns.Select(t => t.LatencyMs).Order().ToArray();
        Print($"conversations={options.Conversations} think={options.ThinkMilliseconds}ms turns={sorted.Length} elapsed={elapsed:0.00}s turns/s={sorted.Length / elapsed:0} p50={Percentile.Of(sorted, 0.50):0.0}ms p90={Percentile.Of(sorted, 0.90):0.0}ms p99={Percentile.Of(sorted, 0.99):0.0}ms max={sorted[^1]:0.0}ms");
        PrintUnexpected(turns);
        if (cpuBefore is { } before && cpuAfter is { } after)
        {
            Print($"server CPU: {PerTurn(after - before, turns.Count)} ({(after - before).TotalSeconds:0.00} s over {turns.Count} turns); {turns.Count / elapsed:0} turns/s");
        }

        if (options.ReportSeconds > 0)
        {
            PrintWindows(turns, options.ReportSeconds, elapsed);
        }

        PrintColdAndSteady(turns, elapsed, cpuBefore, await cpuAtColdEnd, cpuAfter);
    }

    /// <summary>Prints how many turns did not get the reply their step expects, and a few of them.</summary>
    public static void PrintUnexpected(IReadOnlyCollection<TurnRecord> turns)
    {
        var unexpected = turns.Where(t => t.Unexpected is not null).ToList();
        Console.WriteLine($"unexpected replies: {unexpected.Count} of {turns.Count} turns");
        foreach (var turn in unexpected.Take(5))
        {
            Console.WriteLine($"  merchant {turn.Merchant} turn {turn.Turn}: {turn.Unexpected}");
        }
    }

    private static void PrintDelivery(double[] sorted, bool acrossInstances)
    {
        if (sorted.Length == 0)
        {
            return;
        }

        Print($"reply stamped by the turn → on the stream{(acrossInstances ? " held by the other instance" : string.Empty)}: p50={Percentile.Of(sorted, 0.50):0.0}ms p99={Percentile.Of(sorted, 0.99):0.0}ms ({sorted.Length} replies)");
    }

    /// <summary>CPU per turn in microseconds.</summary>
    public static string PerTurn(TimeSpan cpu, int turns) =>
        string.Create(CultureInfo.InvariantCulture, $"{cpu.TotalMicroseconds / Math.Max(1, turns):0} µs/turn");

    private static void PrintWindows(List<TurnRecord> turns, int seconds, double elapsed)
    {
        Console.WriteLine($"turns/s per {seconds} s:");
        for (var start = 0.0; start < elapsed; start += seconds)
        {
            var end = Math.Min(start + seconds, elapsed);
            var count = turns.Count(t => t.EndSeconds >= start && t.EndSeconds < end);
            Print($"  {start,4:0}–{end,-4:0.#} s: {count / (end - start),6:0} turns/s");
        }
    }

    private static void PrintColdAndSteady(List<TurnRecord> turns, double elapsed, TimeSpan? cpuBefore, TimeSpan? cpuAtColdEnd, TimeSpan? cpuAfter)
    {
        if (elapsed <= ColdSeconds)
        {
            Print($"first {ColdSeconds:0} s vs steady: the run took {elapsed:0.0} s, give more --turns to see both");
            return;
        }

        var cold = turns.Count(t => t.EndSeconds < ColdSeconds);
        var steady = turns.Count - cold;
        var coldRate = cold / ColdSeconds;
        var steadyRate = steady / (elapsed - ColdSeconds);
        Print($"first {ColdSeconds:0} s: {coldRate:0} turns/s; steady (after {ColdSeconds:0} s): {steadyRate:0} turns/s; ratio {100 * coldRate / steadyRate:0}%");
        if (cpuBefore is { } before && cpuAtColdEnd is { } middle && cpuAfter is { } after)
        {
            Print($"server CPU: first {ColdSeconds:0} s {PerTurn(middle - before, cold)}; steady {PerTurn(after - middle, steady)}");
        }
    }

    // The CPU reading at a moment of the run (the end of the cold part), or null when the run ended first.
    private static async Task<TimeSpan?> ReadCpuLaterAsync(int? pid, TimeSpan delay, CancellationToken runEnded)
    {
        try
        {
            await Task.Delay(delay, runEnded);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return ServerCpu.Read(pid);
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
