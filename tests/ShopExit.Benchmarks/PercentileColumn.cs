using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace ShopExit.Benchmarks;

/// <summary>
/// Any percentile of the workload measurements (BenchmarkDotNet 0.14 has a fixed set of them,
/// without P99). Like BenchmarkDotNet's own percentile columns it is a percentile of the
/// per-iteration mean time per operation, not of single operations.
/// </summary>
/// <param name="percentile">0..100.</param>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => "Percentile.P" + percentile.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string ColumnName => "P" + percentile.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 100 + percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "Percentile " + percentile.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the per-iteration means";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        return TimeInterval.FromNanoseconds(nanoseconds).ToString(
            style.TimeUnit,
            "N3",
            summary.GetCultureInfo(),
            new UnitPresentation(style.PrintUnitsInContent, minUnitWidth: 0, gap: true));
    }

    public override string ToString() => ColumnName;
}
