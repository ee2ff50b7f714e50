using System.Diagnostics;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Runs a script of tests/clients (real npm clients) with Node and returns what it printed.
/// The scripts print one line per check and exit non-zero on the first failure.
/// </summary>
internal static class NodeScript
{
    public static string ClientsDirectory => Path.Combine(TestPaths.Root, "tests", "clients");

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, TimeSpan timeout, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(ClientsDirectory, "node_modules")))
        {
            throw new InvalidOperationException("tests/clients/node_modules is missing: run 'npm ci' in tests/clients (scripts/test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ClientsDirectory,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout.TotalSeconds:0} s\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
