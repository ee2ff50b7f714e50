namespace ShopExit.LoadTest;

/// <summary>Percentiles of sorted samples (nearest rank).</summary>
internal static class Percentile
{
    /// <summary>The value at fraction <paramref name="p"/> (0.99: p99) of <paramref name="sorted"/>, which must not be empty.</summary>
    public static double Of(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
}
