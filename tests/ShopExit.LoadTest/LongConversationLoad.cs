using System.Globalization;

namespace ShopExit.LoadTest;

/// <summary>
/// <c>--long N</c>: one merchant walks the deposit script N turns in one conversation, back to back,
/// to see whether a turn costs more as the conversation grows. Compares turns 11–30 (after the first
/// ten, which warm the server up) with the last 20, by latency and, with <c>--server-pid</c>, by the
/// server's CPU; and prints every tenth of the run to show a trend through the noise.
/// </summary>
internal static class LongConversationLoad
{
    private const int EarlyFirst = 11;
    private const int WindowTurns = 20;

    public static async Task RunAsync(HttpClient http, LoadOptions options)
    {
        var turns = options.LongTurns;
        if (turns < 3 * WindowTurns)
        {
            throw new ArgumentException($"--long needs at least {3 * WindowTurns} turns.");
        }

        await using var merchant = new VirtualMerchant(http, options with { Script = TurnScript.DepositName }, 0);
        await merchant.ConnectAsync(CancellationToken.None);
        var log = new TurnLog();

        // The run stops at every window edge to read the server's CPU (a few turns are below the
        // 10 ms unit of /proc/PID/stat, so the per-thread nanosecond counters are read).
        var edges = new SortedSet<int> { EarlyFirst - 1, EarlyFirst - 1 + WindowTurns, turns - WindowTurns, turns };
        for (var tenth = 1; tenth <= 10; tenth++)
        {
            edges.Add(tenth * turns / 10);
        }

        var cpuAt = new Dictionary<int, IReadOnlyDictionary<string, long>?> { [0] = ServerCpu.ReadThreads(options.ServerPid) };
        var cpuBefore = ServerCpu.Read(options.ServerPid);
        var done = 0;
        log.Start();
        foreach (var edge in edges)
        {
            await merchant.RunAsync(edge - done, log, CancellationToken.None);
            done = edge;
            cpuAt[edge] = ServerCpu.ReadThreads(options.ServerPid);
        }

        log.Stop();
        var cpuAfter = ServerCpu.Read(options.ServerPid);
        var records = log.Records.ToList();
        Print($"one conversation, deposit script: {turns} turns in {log.Elapsed.TotalSeconds:0.0} s");
        ConversationLoad.PrintUnexpected(records);
        if (cpuBefore is { } before && cpuAfter is { } after && ServerCpu.Between(cpuAt[0], cpuAt[turns]) is { } threads)
        {
            // The two counters should agree; if the threads' sum is much lower, threads ended in the run.
            Print($"server CPU: {ConversationLoad.PerTurn(after - before, turns)} ({(after - before).TotalSeconds:0.00} s by /proc/PID/stat; {threads.TotalSeconds:0.000} s by the threads' counters)");
        }

        Window Measure(int first, int last)
        {
            var latencies = records.Where(r => r.Turn >= first && r.Turn <= last).Select(r => r.LatencyMs).Order().ToArray();
            var cpu = ServerCpu.Between(cpuAt[first - 1], cpuAt[last]);
            return new Window(first, last, latencies.Average(), latencies[latencies.Length / 2], cpu?.TotalMicroseconds / latencies.Length);
        }

        for (var tenth = 1; tenth <= 10; tenth++)
        {
            Console.WriteLine(Measure(((tenth - 1) * turns / 10) + 1, tenth * turns / 10));
        }

        var early = Measure(EarlyFirst, EarlyFirst - 1 + WindowTurns);
        var late = Measure(turns - WindowTurns + 1, turns);
        Console.WriteLine(early);
        Console.WriteLine(late);
        var cpuRatio = late.CpuMicroseconds / early.CpuMicroseconds;
        Print($"late vs early: mean latency {100 * late.MeanMs / early.MeanMs:0}%, median {100 * late.MedianMs / early.MedianMs:0}%{(cpuRatio is { } r ? string.Create(CultureInfo.InvariantCulture, $", server CPU {100 * r:0}%") : string.Empty)} (target: within 120%)");
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
