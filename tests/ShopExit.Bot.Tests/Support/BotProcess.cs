using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// The real bot as its own process on a real port (Kestrel, real SQLite file), for the clients
/// that cannot talk to an in-memory test server: DirectLineJS in Node, Web Chat in Chromium, and
/// the kill-and-restart test.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    public const string Secret = "real-process-secret-0123456789";

    private readonly Process _process;
    private readonly StringWriter _log = new();

    private BotProcess(Process process, int port, string dataDirectory)
    {
        _process = process;
        Port = port;
        DataDirectory = dataDirectory;
    }

    public int Port { get; }

    /// <summary>The operating system's id of the process (what a failover script SIGKILLs).</summary>
    public int ProcessId => _process.Id;

    public string DataDirectory { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Everything the process printed, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    // The bot on its own port and data folder, with the test FAQ and secret.
    private static ProcessStartInfo StartInfo(int port, string dataDirectory, IEnumerable<string> extraArgs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.Root,
        };
        foreach (var arg in new[]
        {
            BotAssembly(), "--urls", $"http://127.0.0.1:{port}",
            $"--ShopExit:DataDirectory={dataDirectory}", $"--ShopExit:FaqDirectory={TestPaths.Faq}", $"--DirectLine:Secret={Secret}",
        }.Concat(extraArgs))
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    public static async Task<BotProcess> StartAsync(string? dataDirectory = null, IEnumerable<string>? extraArgs = null)
    {
        dataDirectory ??= TestPaths.NewTempFolder("process-data");
        var port = FreePort();
        var start = StartInfo(port, dataDirectory, ["--Logging:LogLevel:Default=Warning", .. extraArgs ?? []]);

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        var bot = new BotProcess(process, port, dataDirectory);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitHealthyAsync();
        return bot;
    }

    /// <summary>
    /// Starts the bot on a data folder (or with settings) where it must refuse to start, and waits for it to exit:
    /// its exit code and what it wrote to standard output and standard error.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunUntilExitAsync(string dataDirectory, IEnumerable<string>? extraArgs = null)
    {
        var start = StartInfo(FreePort(), dataDirectory, extraArgs ?? []);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the bot did not stop on a data folder it cannot use:\n" + await output + await error);
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>SIGKILL: no shutdown, no flush, like a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("the bot exited at start-up:\n" + Log);
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl + "/healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the bot did not become healthy:\n" + Log);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The bot's own build output (it has its runtimeconfig, wwwroot and Web Chat bundle), in the
    // same configuration as these tests.
    private static string BotAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(TestPaths.Root, "ShopExit.Bot", "bin", configuration, "net10.0", "ShopExit.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build ShopExit.Bot first", path);
    }
}
