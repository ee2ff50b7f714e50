using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ShopExit.Knowledge;

namespace ShopExit.Benchmarks;

/// <summary>
/// One match against the shipped FAQ (target: median ≤ 20 µs). Each invocation matches the 20
/// <see cref="BenchmarkData.ShippedQueries"/> once, so every iteration measures the same mix and
/// the reported times are per match (OperationsPerInvoke).
/// </summary>
/// <remarks>
/// A separate class from <see cref="MatchBenchmarks"/> only because BenchmarkDotNet applies
/// [Params] to every method of a class: this one would otherwise run four identical times.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(LatencyColumnsConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ShippedFaqBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private string[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = BenchmarkData.ShippedKnowledge();
        _queries = [.. BenchmarkData.ShippedQueries];
        if (_queries.Length != BenchmarkData.ShippedQueryCount)
        {
            throw new InvalidOperationException("OperationsPerInvoke must equal the number of shipped queries");
        }
    }

    [Benchmark(OperationsPerInvoke = BenchmarkData.ShippedQueryCount)]
    public int Match_ShippedFaq()
    {
        var candidates = 0;
        foreach (var query in _queries)
        {
            candidates += _knowledge.Match(query).Candidates.Count;
        }

        return candidates;
    }
}

/// <summary>
/// One match against synthetic bases of 100 to 100,000 items × 5 phrasings (target: p99 ≤ 2 ms at
/// 100,000 items), to show how match time grows with the size of the FAQ. Each invocation matches
/// the same <see cref="QueriesPerInvoke"/> synthetic queries (half paraphrases of items, half
/// random word sequences), reported per match.
/// </summary>
/// <remarks>
/// BenchmarkDotNet's percentiles are percentiles of per-iteration means, not of single matches:
/// a p99 of single-match latency comes from <see cref="LatencyProbe"/> (<c>--probe</c>).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(LatencyColumnsConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class MatchBenchmarks
{
    public const int QueriesPerInvoke = 200;

    private KnowledgeBase _knowledge = null!;
    private string[] _queries = [];

    [Params(100, 1_000, 10_000, 100_000)]
    public int ItemCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var synonyms = BenchmarkData.ShippedKnowledge().Content.Synonyms;
        var faq = SyntheticFaq.Create(ItemCount, synonyms);
        _knowledge = KnowledgeBase.FromContent(faq.Content);
        _queries = faq.Queries(QueriesPerInvoke);
    }

    [Benchmark(OperationsPerInvoke = QueriesPerInvoke)]
    public int Match_Synthetic()
    {
        var candidates = 0;
        foreach (var query in _queries)
        {
            candidates += _knowledge.Match(query).Candidates.Count;
        }

        return candidates;
    }
}

/// <summary>Median, P95 and P99 next to the default mean/error/stddev columns.</summary>
public sealed class LatencyColumnsConfig : ManualConfig
{
    public LatencyColumnsConfig()
    {
        // BenchmarkDotNet 0.14 offers P0, P25, P50, P67, P80, P85, P90, P95 and P100 as
        // StatisticColumn fields, but no P99: PercentileColumn adds it.
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
    }
}
