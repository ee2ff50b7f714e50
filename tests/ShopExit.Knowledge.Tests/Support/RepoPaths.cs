namespace ShopExit.Knowledge.Tests.Support;

/// <summary>Paths in the repository, found from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Faq => Path.Combine(Root, "faq");

    public static string PublicCases => Path.Combine(Root, "tests", "ShopExit.Knowledge.Tests", "Eval", "public-cases.tsv");

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
