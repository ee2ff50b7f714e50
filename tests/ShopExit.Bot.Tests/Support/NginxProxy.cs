using System.Diagnostics;
using System.Net.Sockets;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Debian's nginx in front of bot instances, running the configuration the project ships
/// (deploy/nginx.conf) with this test's ports put in: round robin, no stickiness, WebSockets
/// passed through. Stopped (and its folder deleted) on dispose.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private NginxProxy(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts nginx on a free port in front of the given instances' ports.</summary>
    public static async Task<NginxProxy> StartAsync(params int[] upstreamPorts)
    {
        if (!File.Exists("/usr/sbin/nginx"))
        {
            throw new InvalidOperationException("nginx is not installed: scripts/test.sh installs it (apt-get install nginx)");
        }

        var shipped = await File.ReadAllTextAsync(Path.Combine(TestPaths.Root, "deploy", "nginx.conf"));
        var port = BotProcess.FreePort();
        var servers = string.Join("\n", upstreamPorts.Select(p => $"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;"));
        var config = shipped
            .Replace("        server 127.0.0.1:5001 max_fails=1 fail_timeout=5s;\n        server 127.0.0.1:5002 max_fails=1 fail_timeout=5s;", servers, StringComparison.Ordinal)
            .Replace("listen 127.0.0.1:8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        if (config == shipped || !config.Contains($":{upstreamPorts[0]} ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("deploy/nginx.conf no longer has the upstream and listen lines this test fills in");
        }

        var prefix = TestPaths.NewTempFolder("nginx");
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        var file = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(file, config);
        var start = new ProcessStartInfo("/usr/sbin/nginx") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", prefix, "-c", file, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var proxy = new NginxProxy(process, prefix, port);
        await proxy.WaitListeningAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private async Task WaitListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("nginx stopped: " + await _process.StandardError.ReadToEndAsync() + File.ReadAllText(Path.Combine(_prefix, "error.log")));
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not start listening");
    }
}
