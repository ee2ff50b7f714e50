namespace ShopExit.Bot.Tests.Support;

/// <summary>Where tests keep files for people to look at (screenshots): artifacts/test-results/screenshots.</summary>
internal static class TestArtifacts
{
    public static string Directory
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("SHOPEXIT_ARTIFACTS")
                ?? Path.Combine(TestPaths.Root, "artifacts", "test-results", "screenshots");
            System.IO.Directory.CreateDirectory(path);
            return path;
        }
    }
}
