using System.Globalization;

namespace ShopExit.LoadTest;

/// <summary>Command-line options of the load tool.</summary>
internal sealed record LoadOptions
{
    /// <summary>The server (<c>--url</c>).</summary>
    public required Uri Url { get; init; }

    /// <summary>The Direct Line secret (<c>--secret</c>, or <c>DirectLine__Secret</c>).</summary>
    public required string Secret { get; init; }

    /// <summary>Merchants talking at once (<c>--conversations</c>).</summary>
    public int Conversations { get; init; }

    /// <summary>Messages each merchant sends (<c>--turns</c>).</summary>
    public int Turns { get; init; }

    /// <summary>Mean pause between a reply and the next message (<c>--think-ms</c>; 0: back to back).</summary>
    public int ThinkMilliseconds { get; init; }

    /// <summary>Silent connected conversations for the memory measurement (<c>--idle</c>).</summary>
    public int Idle { get; init; }

    /// <summary>The server process, for its memory and CPU (<c>--server-pid</c>).</summary>
    public int? ServerPid { get; init; }

    /// <summary>What the merchants say (<c>--script deposit</c>; empty: the mixed FAQ questions).</summary>
    public string Script { get; init; } = string.Empty;

    /// <summary>Print turns/s for every window of this many seconds (<c>--report-seconds</c>; 0: off).</summary>
    public int ReportSeconds { get; init; }

    /// <summary>Drive one conversation this many turns and compare early and late turns (<c>--long</c>; 0: off).</summary>
    public int LongTurns { get; init; }

    /// <summary>Hold each merchant's stream on this instance instead of <see cref="Url"/>'s (<c>--stream-url</c>).</summary>
    public Uri? StreamUrl { get; init; }

    /// <summary>Run the soak for this many seconds (<c>--soak</c>; 0: off).</summary>
    public int SoakSeconds { get; init; }

    /// <summary>Print the first merchant's transcript (<c>--verbose</c>).</summary>
    public bool Verbose { get; init; }

    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var pid = Value("--server-pid", string.Empty);
        var script = Value("--script", string.Empty);
        var streamUrl = Value("--stream-url", string.Empty);
        if (script.Length > 0 && script != TurnScript.DepositName)
        {
            throw new ArgumentException($"Unknown --script '{script}' (known: {TurnScript.DepositName}).");
        }

        return new LoadOptions
        {
            Url = new Uri(Value("--url", "http://127.0.0.1:5000")),
            Secret = Value("--secret", Environment.GetEnvironmentVariable("DirectLine__Secret") ?? string.Empty),
            Conversations = Number("--conversations", 100),
            Turns = Number("--turns", 20),
            ThinkMilliseconds = Number("--think-ms", 0),
            Idle = Number("--idle", 0),
            ServerPid = pid.Length > 0 ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Script = script,
            ReportSeconds = Number("--report-seconds", 0),
            LongTurns = Number("--long", 0),
            StreamUrl = streamUrl.Length > 0 ? new Uri(streamUrl) : null,
            SoakSeconds = Number("--soak", 0),
            Verbose = args.Contains("--verbose"),
        };
    }
}
