using BenchmarkDotNet.Running;

namespace ShopExit.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ShopExit.Benchmarks -- --probe</c> runs the latency
/// probe; anything else goes to BenchmarkDotNet (e.g. <c>-- --filter '*'</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--probe", StringComparer.Ordinal))
        {
            return LatencyProbe.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
