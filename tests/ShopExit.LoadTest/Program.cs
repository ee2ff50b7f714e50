using System.Globalization;
using ShopExit.LoadTest;

// The Direct Line load tool (run by hand against a Release build; see README, Performance):
//   dotnet run -c Release --project tests/ShopExit.LoadTest -- --url http://127.0.0.1:5000 --secret S \
//       --conversations 100 --turns 20 [--think-ms 1000] [--script deposit] [--server-pid PID]
//       [--report-seconds 1] [--verbose]
//       [--stream-url http://127.0.0.1:5002]  (streams held on another instance than the posts go to)
//       [--soak 600 --conversations 200 --think-ms 1000]  (through a load balancer; see cluster.sh)
//       [--long 2000]                  (one conversation, deposit script: early turns vs late turns)
//       [--idle 10000 --server-pid PID] (memory per idle conversation)
//       [--agents 50 --handoffs 500 --agent-password P --messages 5]   (handoff: agent → merchant latency)
// N merchants at once, each with its own WebSocket, post messages one after another; the time from
// the POST to the bot's reply naming the message is recorded. Without --think-ms they post
// as fast as replies come (the most turns per second); with it, each waits about that long
// between messages, as people do (the latency at a given number of conversations). --script
// deposit walks the deposit-refund journey and two FAQ questions, round and round, and counts the
// replies that don't look like their step. --server-pid adds the server's CPU per turn; runs over
// 10 s compare the first 10 s with the rest; --report-seconds prints turns/s per window. --idle
// opens that many conversations that stay connected and silent, and reports the growth of the
// server's resident memory per idle conversation.
var options = LoadOptions.Parse(args);
if (options.Secret.Length == 0)
{
    Console.Error.WriteLine("Give the server's Direct Line secret with --secret (or DirectLine__Secret).");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(60),
};

if (options.SoakSeconds > 0)
{
    return await SoakLoad.RunAsync(http, options);
}

if (options.LongTurns > 0)
{
    await LongConversationLoad.RunAsync(http, options);
}
else if (options.Conversations > 0)
{
    await ConversationLoad.RunAsync(http, options);
}

var agentsArg = Array.IndexOf(args, "--agents");
if (agentsArg >= 0)
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is >= 0 and var at && at + 1 < args.Length ? args[at + 1] : fallback;
    await AgentDeskLoad.RunAsync(http, options, int.Parse(args[agentsArg + 1], CultureInfo.InvariantCulture),
        int.Parse(Arg("--handoffs", "500"), CultureInfo.InvariantCulture), Arg("--agent-password", "load-password"),
        int.Parse(Arg("--messages", "5"), CultureInfo.InvariantCulture));
}

if (options.Idle > 0)
{
    // Idle merchants: each has started a conversation and keeps its WebSocket open, saying nothing.
    var before = ResidentKilobytes(options.ServerPid);
    var idle = Enumerable.Range(0, options.Idle).Select(i => new VirtualMerchant(http, options, 1_000_000 + i)).ToList();
    await Parallel.ForEachAsync(idle, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (m, ct) => await m.ConnectAsync(ct));
    await Task.Delay(TimeSpan.FromSeconds(10));
    var after = ResidentKilobytes(options.ServerPid);
    Console.WriteLine(before is null || after is null
        ? $"{options.Idle} idle conversations connected (give --server-pid to measure memory)"
        : string.Create(CultureInfo.InvariantCulture, $"idle={options.Idle} (streams open) server RSS {before / 1024.0:0.0} MB -> {after / 1024.0:0.0} MB: {(after - before) * 1024.0 / options.Idle:0} bytes per idle conversation"));
    foreach (var merchant in idle)
    {
        await merchant.DisposeAsync();
    }
}

return 0;

static long? ResidentKilobytes(int? pid)
{
    if (pid is null)
    {
        return null;
    }

    var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
