using System.Globalization;

namespace ShopExit.LoadTest;

/// <summary>Command-line options of the load tool.</summary>
internal sealed record LoadOptions(Uri Url, string Secret, int Conversations, int Turns, int ThinkMilliseconds, int Idle, int? ServerPid)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var pid = Value("--server-pid", string.Empty);
        return new LoadOptions(
            new Uri(Value("--url", "http://127.0.0.1:5000")),
            Value("--secret", Environment.GetEnvironmentVariable("DirectLine__Secret") ?? string.Empty),
            Number("--conversations", 100),
            Number("--turns", 20),
            Number("--think-ms", 0),
            Number("--idle", 0),
            pid.Length > 0 ? int.Parse(pid, CultureInfo.InvariantCulture) : null);
    }
}
