namespace ShopExit.Bot.Tests.Support;

/// <summary>Repository paths and throw-away folders for tests.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Faq => Path.Combine(Root, "faq");

    public static string PublicCases => Path.Combine(Root, "tests", "ShopExit.Knowledge.Tests", "Eval", "public-cases.tsv");

    /// <summary>A new empty folder under the temp directory.</summary>
    public static string NewTempFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shopexit-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A copy of the shipped FAQ that a test may change.</summary>
    public static string CopyOfShippedFaq()
    {
        var target = NewTempFolder("faq");
        foreach (var file in Directory.EnumerateFiles(Faq, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Faq, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShopExit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ShopExit.sln not found above " + AppContext.BaseDirectory);
    }
}
