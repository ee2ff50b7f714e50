using System.Globalization;

namespace ShopExit.LoadTest;

/// <summary>The CPU time the server process has used, from /proc (Linux).</summary>
internal static class ServerCpu
{
    // /proc reports times in USER_HZ, which is 100 on every Linux architecture .NET runs on
    // (`getconf CLK_TCK`).
    private const double TicksPerSecond = 100;

    /// <summary>
    /// utime + stime of the whole process, exited threads included, from /proc/PID/stat. Good for
    /// runs of seconds; its unit is 10 ms, so it cannot see a few turns.
    /// </summary>
    public static TimeSpan? Read(int? pid)
    {
        if (pid is null)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>
    /// The run time of each live thread of the process in nanoseconds (/proc/PID/task/TID/schedstat),
    /// for windows of a few turns; <see cref="Between"/> turns two readings into CPU time.
    /// </summary>
    public static IReadOnlyDictionary<string, long>? ReadThreads(int? pid)
    {
        if (pid is null)
        {
            return null;
        }

        var threads = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var text = File.ReadAllText(Path.Combine(task, "schedstat"));
                threads[Path.GetFileName(task)] = long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The thread ended while we listed them.
            }
        }

        return threads;
    }

    /// <summary>
    /// The CPU the threads used between two readings. Compared thread by thread, because the thread
    /// pool retires idle threads: a sum over live threads drops when one ends. A thread that ends
    /// between the readings takes only its time in the window with it.
    /// </summary>
    public static TimeSpan? Between(IReadOnlyDictionary<string, long>? before, IReadOnlyDictionary<string, long>? after)
    {
        if (before is null || after is null)
        {
            return null;
        }

        var nanoseconds = after.Sum(t => t.Value - before.GetValueOrDefault(t.Key));
        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
