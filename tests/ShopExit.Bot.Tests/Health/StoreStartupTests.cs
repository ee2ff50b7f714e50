using System.Runtime.Versioning;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Health;

/// <summary>
/// The real process on a data folder it cannot use stops at once with one line on standard error
/// naming the path and the cause: no abort, no stack trace. Each fault is one that holds for
/// root too (tests may run as root, whom file modes do not stop): where a mode would not stop
/// this process, the test uses a fault no permission check can be bypassed for.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class StoreStartupTests
{
    [Fact]
    public async Task Start_DataFolderReadOnly_StopsWithOneLineNamingTheFolder()
    {
        var folder = TestPaths.NewTempFolder("readonly-data");
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (CanWriteIn(folder))
        {
            // Root (or CAP_DAC_OVERRIDE) writes through the mode: sysfs takes no new file from anyone.
            folder = "/sys";
            Assert.True(Directory.Exists(folder) && !CanWriteIn(folder), "this test needs a folder the test user cannot write: a read-only one, or /sys");
        }

        var (exitCode, output, error) = await BotProcess.RunUntilExitAsync(folder);

        AssertOneLineStop(exitCode, output, error, $"the data folder {folder} is read-only (");
    }

    [Fact]
    public async Task Start_DataFolderIsAFile_StopsWithOneLineNamingIt()
    {
        var file = Path.Combine(TestPaths.NewTempFolder("file-data"), "data");
        await File.WriteAllTextAsync(file, "not a folder");

        var (exitCode, output, error) = await BotProcess.RunUntilExitAsync(file);

        AssertOneLineStop(exitCode, output, error, $"the data folder {file} is a file, not a folder");
    }

    [Fact]
    public async Task Start_DatabaseFileUnreadable_StopsWithOneLineNamingTheFile()
    {
        var folder = TestPaths.NewTempFolder("unreadable-db");
        var database = Path.Combine(folder, "shopexit.db");
        await File.WriteAllBytesAsync(database, "SQLite format 3\0"u8.ToArray());
        File.SetUnixFileMode(database, UnixFileMode.None);
        if (CanRead(database))
        {
            // Root reads through the mode: a folder where the file should be cannot be read by anyone.
            File.Delete(database);
            Directory.CreateDirectory(database);
        }

        var (exitCode, output, error) = await BotProcess.RunUntilExitAsync(folder);

        AssertOneLineStop(exitCode, output, error, $"the database file {database} cannot be read (");
    }

    [Fact]
    public async Task Start_DatabaseFileOfGarbage_StopsWithOneLineSayingItIsNotSqlite()
    {
        var folder = TestPaths.NewTempFolder("garbage-db");
        var database = Path.Combine(folder, "shopexit.db");
        var garbage = new byte[8192];
        new Random(20261201).NextBytes(garbage);
        await File.WriteAllBytesAsync(database, garbage);

        var (exitCode, output, error) = await BotProcess.RunUntilExitAsync(folder);

        AssertOneLineStop(exitCode, output, error, $"the database file {database} is not a SQLite database");
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database));
    }

    [Fact]
    public async Task Start_SqliteHeaderOverGarbage_StopsWithOneLineNamingTheFile()
    {
        var folder = TestPaths.NewTempFolder("corrupt-header-db");
        var database = Path.Combine(folder, "shopexit.db");
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        "SQLite format 3\0"u8.CopyTo(bytes);
        await File.WriteAllBytesAsync(database, bytes);

        var (exitCode, output, error) = await BotProcess.RunUntilExitAsync(folder);

        AssertOneLineStop(exitCode, output, error, $"the database file {database} ");
        Assert.Matches("is (not a SQLite database|corrupt) \\(SQLite Error", error);
    }

    internal static void AssertOneLineStop(int exitCode, string output, string error, string expected)
    {
        var all = output + error;
        Assert.True(exitCode != 0, "exit code 0:\n" + all);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("ShopExit cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.Trim());
    }

    private static bool CanWriteIn(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, "probe-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanRead(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
