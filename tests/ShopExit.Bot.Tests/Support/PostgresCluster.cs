using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of the test run's own, from Debian's binaries: its folder (under the temp
/// directory, owned by the postgres user when the tests run as root, since PostgreSQL refuses
/// root), its postmaster on a free loopback port, and how to stop it.
/// </summary>
internal sealed class PostgresCluster
{
    private const string FolderPrefix = "shopexit-pg-";

    private readonly string _folder;
    private readonly int _port;

    private PostgresCluster(string folder, int port)
    {
        _folder = folder;
        _port = port;
    }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false;Timeout=30";

    private string DataFolder => Path.Combine(_folder, "data");

    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBinaries();
        RemoveLeftovers();
        var folder = Path.Combine(TempRoot, FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (IsRoot)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user of Debian's package.
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        var cluster = new PostgresCluster(folder, BotProcess.FreePort());
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", cluster.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]);

        // Durability is not what these tests measure: no fsync makes each test's CREATE DATABASE cheap.
        var server = AsClusterOwner(Path.Combine(bin, "postgres"), [
            "-D", cluster.DataFolder, "-p", cluster._port.ToString(CultureInfo.InvariantCulture), "-k", folder,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=400", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        server.RedirectStandardOutput = true;
        server.RedirectStandardError = true;
        var log = new System.Text.StringBuilder();
        var process = Process.Start(server) ?? throw new InvalidOperationException("could not start postgres");
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await cluster.WaitReadyAsync(process, log);
        cluster.StartJanitor();
        return cluster;
    }

    /// <summary>Fast shutdown (SIGINT to the postmaster: clients are disconnected); the janitor removes the folder.</summary>
    public void Stop()
    {
        if (PostmasterPid(DataFolder) is { } pid)
        {
            Signal(pid, "INT");
        }
    }

    // The test host may be killed before its exit handlers finish (and a crash runs none), so a
    // detached shell, outside the host's process tree, waits for the host to go, stops the
    // cluster and deletes its folder.
    private void StartJanitor()
    {
        var script = $$"""
            while kill -0 {{Environment.ProcessId}} 2>/dev/null; do sleep 1; done
            pid=$(head -n 1 '{{DataFolder}}/postmaster.pid' 2>/dev/null)
            if [ -n "$pid" ]; then
                kill -INT "$pid" 2>/dev/null
                for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            fi
            rm -rf '{{_folder}}'
            """;
        using var janitor = Process.Start(new ProcessStartInfo("sh", ["-c", "setsid sh -c \"$0\" >/dev/null 2>&1 &", script]) { UseShellExecute = false });
        janitor?.WaitForExit();
    }

    private async Task WaitReadyAsync(Process process, System.Text.StringBuilder log)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("postgres exited at start-up:\n" + log);
            }

            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("postgres did not accept connections:\n" + log);
    }

    // The newest installed major version's binaries.
    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "bin", "initdb"))).OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).FirstOrDefault()
            : null;
        return newest is not null
            ? Path.Combine(newest, "bin")
            : throw new InvalidOperationException(
                $"PostgreSQL is not installed ({root}/*/bin/initdb not found): run `bash scripts/test.sh` once (it installs Debian's postgresql), "
                + $"or `apt-get install postgresql`, or set {PostgresServer.ExternalServerVariable} to a server's connection string.");
    }

    // Clusters of earlier runs whose test process died before it could stop them.
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.GetDirectories(TempRoot, FolderPrefix + "*"))
        {
            // Only a cluster's folder has its owner's pid (written as soon as it is made); one whose
            // owner still runs belongs to another test run going on now.
            var owner = Path.Combine(folder, "owner.pid");
            if (!File.Exists(owner) || (int.TryParse(File.ReadAllText(owner), out var ownerPid) && ProcessExists(ownerPid)))
            {
                continue;
            }

            if (PostmasterPid(Path.Combine(folder, "data")) is { } pid && ProcessExists(pid))
            {
                Signal(pid, "QUIT");
            }

            TryDelete(folder);
        }
    }

    private static int? PostmasterPid(string dataFolder)
    {
        var file = Path.Combine(dataFolder, "postmaster.pid");
        try
        {
            return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool ProcessExists(int pid) => Directory.Exists($"/proc/{pid}");

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next run's sweep.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    // Under root the cluster's folder must be one the postgres user can reach: /tmp always is, a
    // TMPDIR under /root is not.
    private static string TempRoot => IsRoot ? "/tmp" : Path.GetTempPath();

    private static ProcessStartInfo AsClusterOwner(string program, IEnumerable<string> arguments)
    {
        var start = IsRoot ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments]) : new ProcessStartInfo(program, arguments);
        start.UseShellExecute = false;
        return start;
    }

    private static async Task RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = program == "chown" ? new ProcessStartInfo(program, arguments) : AsClusterOwner(program, arguments);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}):\n{await output}{await error}");
        }
    }
}
