using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// A throwaway Redis server for the whole test run: Debian's <c>redis-server</c> on a free
/// loopback port, in a temp folder, persisting nothing (<c>--save "" --appendonly no</c>), started
/// on first use and stopped when the test process ends, also when it is killed (a detached janitor
/// watches it, as for <see cref="PostgresCluster"/>). <c>scripts/test.sh</c> installs it when
/// missing; without it every test that needs Redis fails, saying how to install it.
/// </summary>
internal sealed class RedisServer
{
    private const string FolderPrefix = "shopexit-redis-";

    private static readonly Lazy<Task<RedisServer>> Shared = new(StartAsync);

    private readonly int _port;
    private readonly Process _process;

    private RedisServer(int port, Process process) => (_port, _process) = (port, process);

    /// <summary>The run's server, started on first use.</summary>
    public static Task<RedisServer> GetAsync() => Shared.Value;

    /// <summary>A server of the caller's own, which it may stop (Redis going away mid-run); never the shared one.</summary>
    public static Task<RedisServer> StartOwnAsync() => StartAsync();

    /// <summary>Kills this server (only one from <see cref="StartOwnAsync"/>); its folder goes with the janitor.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// A configuration string for a group of bot instances that hear each other and nobody else:
    /// Redis pub/sub is server-wide, so each group gets its own channel prefix.
    /// </summary>
    public string NewGroupConfiguration() => $"127.0.0.1:{_port},channelPrefix=test-{Guid.NewGuid():N}:";

    private static async Task<RedisServer> StartAsync()
    {
        var program = FindProgram();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = BotProcess.FreePort();
        var start = new ProcessStartInfo(program, [
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder,
            "--save", string.Empty, "--appendonly", "no", "--protected-mode", "no", "--daemonize", "no"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var log = new System.Text.StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start redis-server");
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        StartJanitor(process.Id, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        };
        await WaitReadyAsync(process, port, log);
        return new RedisServer(port, process);
    }

    // The test host may be killed before its exit handlers run: a detached shell, outside its
    // process tree, waits for it to go, then stops the server and deletes its folder.
    private static void StartJanitor(int serverPid, string folder)
    {
        var script = $$"""
            while kill -0 {{Environment.ProcessId}} 2>/dev/null; do sleep 1; done
            kill -TERM {{serverPid}} 2>/dev/null
            for i in $(seq 1 50); do kill -0 {{serverPid}} 2>/dev/null || break; sleep 0.1; done
            kill -KILL {{serverPid}} 2>/dev/null
            rm -rf '{{folder}}'
            """;
        using var janitor = Process.Start(new ProcessStartInfo("sh", ["-c", "setsid sh -c \"$0\" >/dev/null 2>&1 &", script]) { UseShellExecute = false });
        janitor?.WaitForExit();
    }

    private static async Task WaitReadyAsync(Process process, int port, System.Text.StringBuilder log)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("redis-server exited at start-up:\n" + log);
            }

            if (await AnswersPingAsync(port))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("redis-server did not accept connections:\n" + log);
    }

    private static async Task<bool> AnswersPingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string FindProgram()
    {
        foreach (var candidate in new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server")).FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            "redis-server is not installed: run `bash scripts/test.sh` once (it installs Debian's redis-server), or `apt-get install redis-server`.");
    }
}
