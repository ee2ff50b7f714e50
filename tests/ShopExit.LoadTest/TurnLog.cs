using System.Collections.Concurrent;
using System.Diagnostics;

namespace ShopExit.LoadTest;

/// <summary>The turns of a run, from all merchants, and the run's clock.</summary>
internal sealed class TurnLog
{
    private readonly Stopwatch _clock = new();
    private readonly ConcurrentQueue<TurnRecord> _records = new();

    /// <summary>Time since <see cref="Start"/>.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The turns recorded so far, in the order they ended.</summary>
    public IReadOnlyCollection<TurnRecord> Records => _records;

    public void Start() => _clock.Start();

    public void Stop() => _clock.Stop();

    public void Add(TurnRecord record) => _records.Enqueue(record);
}
