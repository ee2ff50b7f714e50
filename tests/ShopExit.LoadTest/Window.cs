using System.Globalization;

namespace ShopExit.LoadTest;

/// <summary>The turns <see cref="First"/>..<see cref="Last"/> of the long conversation: latency and server CPU per turn.</summary>
internal sealed record Window(int First, int Last, double MeanMs, double MedianMs, double? CpuMicroseconds)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"turns {First,5}–{Last,-5}: mean {MeanMs,6:0.00} ms, median {MedianMs,6:0.00} ms{(CpuMicroseconds is { } cpu ? $", server CPU {cpu,5:0} µs/turn" : string.Empty)}");
}
