using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Benchmarks;

/// <summary>
/// A plain Stopwatch tool (not BenchmarkDotNet) for what BenchmarkDotNet cannot show: the
/// distribution of single-match latencies (p50/p90/p99/max over 20,000 single-threaded matches),
/// the time to build the index and the memory it takes, for the shipped FAQ and synthetic bases of
/// 100 to 100,000 items.
/// </summary>
/// <remarks>
/// Options: <c>--sizes 100,1000,10000,100000</c>, <c>--matches 20000</c>, and
/// <c>--load-sizes 100,1000,10000</c> to also time <see cref="KnowledgeBase.Load"/> (parse, validate,
/// build and the phrasing overlap check: what the bot does on start and reload) on synthetic YAML;
/// </remarks>
public static class LatencyProbe
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var sizes = IntListOption(args, "--sizes") ?? [100, 1_000, 10_000, 100_000];
        var matches = IntListOption(args, "--matches")?.FirstOrDefault() ?? 20_000;
        var loadSizes = IntListOption(args, "--load-sizes") ?? [];

        PrintMachine();
        Console.WriteLine();
        Console.WriteLine(Line($"{"base",-18} {"items",8} {"phrasings",9} {"build s",8} {"heap MB",8} {"index MB",9} {"alloc MB",9} {"peak WS MB",10} {"p50 µs",8} {"p90 µs",8} {"p99 µs",8} {"p99.9 µs",9} {"max µs",9} {"mean µs",8} {"gen0/1/2",10} {"answer/clarify/fallback",24}"));

        var shippedContent = LoadShippedContent();
        Measure("shipped (20 bench)", shippedContent, BenchmarkData.ShippedQueries.ToArray(), BenchmarkData.ShippedQueries.ToArray(), matches);
        var eval = BenchmarkData.EvalQuestions();
        if (eval.Count > 0)
        {
            Measure("shipped (eval set)", shippedContent, [.. eval], [.. eval], matches);
        }

        var corpora = new List<(string Name, FaqContent Content)> { ("shipped", shippedContent) };
        foreach (var size in sizes)
        {
            var faq = SyntheticFaq.Create(size, shippedContent.Synonyms);
            var warmup = faq.Queries(Math.Max(2_000, matches / 10), seed: 1);
            var queries = faq.Queries(matches, seed: 7);
            Measure("synthetic", faq.Content, warmup, queries, matches);
            if (size == sizes.Max())
            {
                corpora.Add(($"synthetic {size}", faq.Content));
            }
        }

        Console.WriteLine();
        Console.WriteLine("Shape of the content (Chinese phrasings only):");
        foreach (var (name, content) in corpora)
        {
            PrintShape(name, content);
        }

        if (loadSizes.Length > 0)
        {
            Console.WriteLine();
            Console.WriteLine("KnowledgeBase.Load on synthetic YAML (parse + validate + index + phrasing overlap check):");
            foreach (var size in loadSizes)
            {
                MeasureLoad(size, shippedContent.Synonyms);
            }
        }

        return 0;
    }

    private static void Measure(string name, FaqContent content, string[] warmup, string[] queries, int matches)
    {
        // Build: time, memory kept by the index (the content itself exists before and after), memory allocated while building.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var knowledge = KnowledgeBase.FromContent(content);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(knowledge);

        // Warm up for three seconds so tiered JIT has promoted the hot paths: the matcher's rules
        // (human request, reply lexicon, short text) are more code than one second promotes on two
        // shared cores, and the first measured matches then ran partly unoptimised.
        var warmupWatch = Stopwatch.StartNew();
        for (var i = 0; i < 2_000 || warmupWatch.ElapsedMilliseconds < 3_000; i++)
        {
            knowledge.Match(warmup[i % warmup.Length]);
        }

        var latencies = new double[matches];
        var decisions = new int[3];
        var gc0 = GC.CollectionCount(0);
        var gc1 = GC.CollectionCount(1);
        var gc2 = GC.CollectionCount(2);
        for (var i = 0; i < matches; i++)
        {
            var query = queries[i % queries.Length];
            var start = Stopwatch.GetTimestamp();
            var result = knowledge.Match(query);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            decisions[result.Decision switch
            {
                MatchDecision.Answer => 0,
                MatchDecision.Clarify => 1,
                _ => 2,
            }]++;
        }

        var collections = $"{GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}";
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Array.Sort(latencies);
        var phrasings = content.Entries.Sum(e => e.Questions.Count);
        Console.WriteLine(Line(
            $"{name,-18} {content.Entries.Count,8} {phrasings,9} {stopwatch.Elapsed.TotalSeconds,8:0.000} {Mb(before),8:0.0} {Mb(after - before),9:0.0} {Mb(allocated),9:0.0} {Mb(process.PeakWorkingSet64),10:0.0} ") + Line(
            $"{Percentile(latencies, 50),8:0.0} {Percentile(latencies, 90),8:0.0} {Percentile(latencies, 99),8:0.0} {Percentile(latencies, 99.9),9:0.0} {latencies[^1],9:0.0} {latencies.Average(),8:0.0} {collections,10} ") + Line(
            $"{DecisionShares(decisions, matches),24}"));
    }

    private static string DecisionShares(int[] decisions, int total) =>
        Line($"{100.0 * decisions[0] / total:0}%/{100.0 * decisions[1] / total:0}%/{100.0 * decisions[2] / total:0}%");

    private static void MeasureLoad(int size, IReadOnlyList<SynonymRule> synonyms)
    {
        var faq = SyntheticFaq.Create(size, synonyms);
        var folder = Path.Combine(Path.GetTempPath(), "shopexit-bench-faq-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(Path.Combine(BenchmarkData.FaqDirectory, "synonyms.yaml"), Path.Combine(folder, "synonyms.yaml"));
            WriteYaml(Path.Combine(folder, "synthetic.yaml"), faq.Content);

            var stopwatch = Stopwatch.StartNew();
            var loaded = FaqLoader.Load(folder);
            var parse = stopwatch.Elapsed;
            var (knowledge, problems) = KnowledgeBase.Load(folder);
            var total = stopwatch.Elapsed - parse;
            stopwatch.Restart();
            var built = KnowledgeBase.FromContent(loaded.Content);
            var build = stopwatch.Elapsed;
            Console.WriteLine(Line(
                $"  {size,8} items: Load {total.TotalSeconds,8:0.000} s  (FaqLoader.Load alone {parse.TotalSeconds:0.000} s, FromContent alone {build.TotalSeconds:0.000} s, ") + Line(
                $"rest = overlap check ≈ {(total - parse - build).TotalSeconds:0.000} s); loaded: {knowledge is not null}, problems: {problems.Count}"));
            GC.KeepAlive(built);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void WriteYaml(string path, FaqContent content)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteLine("items:");
        foreach (var entry in content.Entries)
        {
            writer.WriteLine("  - id: " + entry.Id);
            writer.WriteLine("    questions: [" + string.Join(", ", entry.Questions.Select(q => q.Text)) + "]");
            writer.WriteLine("    answer: {zh: \"" + entry.Answer.Zh + "\", en: \"" + entry.Answer.En + "\"}");
        }
    }

    private static void PrintShape(string name, FaqContent content)
    {
        var texts = content.Entries.SelectMany(e => e.Questions).Select(q => TextNormalizer.Normalize(q.Text)).Where(t => t.Any(TextNormalizer.IsCjk)).ToList();
        var unigrams = new Dictionary<char, int>();
        var bigrams = new Dictionary<int, int>();
        var characters = 0L;
        var seenUnigrams = new HashSet<char>();
        var seenBigrams = new HashSet<int>();
        foreach (var text in texts)
        {
            seenUnigrams.Clear();
            seenBigrams.Clear();
            for (var i = 0; i < text.Length; i++)
            {
                if (!TextNormalizer.IsCjk(text[i]))
                {
                    continue;
                }

                characters++;
                seenUnigrams.Add(text[i]);
                if (i + 1 < text.Length && TextNormalizer.IsCjk(text[i + 1]))
                {
                    seenBigrams.Add((text[i] << 16) | text[i + 1]);
                }
            }

            foreach (var c in seenUnigrams)
            {
                unigrams[c] = unigrams.GetValueOrDefault(c) + 1;
            }

            foreach (var b in seenBigrams)
            {
                bigrams[b] = bigrams.GetValueOrDefault(b) + 1;
            }
        }

        var n = Math.Max(1, texts.Count);
        var topUnigrams = string.Join(" ", unigrams.OrderByDescending(u => u.Value).Take(6).Select(u => Line($"{u.Key}:{100.0 * u.Value / n:0}%")));
        var topBigrams = string.Join(" ", bigrams.OrderByDescending(b => b.Value).Take(6).Select(b => Line($"{(char)(b.Key >> 16)}{(char)(b.Key & 0xFFFF)}:{100.0 * b.Value / n:0}%")));
        Console.WriteLine(Line($"  {name,-18} {texts.Count,7} phrasings, {(double)characters / n:0.0} CJK chars each, {unigrams.Count} distinct chars, {bigrams.Count} distinct bigrams"));
        Console.WriteLine(Line($"  {"",-18} phrasings containing the top unigrams {topUnigrams}; top bigrams {topBigrams}"));
    }

    private static FaqContent LoadShippedContent() => BenchmarkData.ShippedKnowledge().Content;

    private static void PrintMachine()
    {
        Console.WriteLine(Line($"ShopExit matcher latency probe — {Environment.ProcessorCount} logical CPUs, {RuntimeInformationText()}, ") + Line(
            $"server GC: {GCSettings.IsServerGC}, concurrent: {GCSettings.LatencyMode}, Stopwatch resolution {1e9 / Stopwatch.Frequency:0} ns"));
        Console.WriteLine("Single thread. 'heap MB' = live GC heap before building (content, and the shipped FAQ); 'index MB' = live GC heap after building minus before;");
        Console.WriteLine("'alloc MB' = bytes allocated while building; 'peak WS MB' = the process's peak working set so far (run one size alone for its own peak).");
    }

    private static string RuntimeInformationText() =>
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + " " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;

    private static double Percentile(double[] sorted, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static string Line(FormattableString text) => text.ToString(Invariant);

    private static int[]? IntListOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), Invariant)).ToArray()
            : null;
    }
}
