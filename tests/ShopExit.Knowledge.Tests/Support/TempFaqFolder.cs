namespace ShopExit.Knowledge.Tests.Support;

/// <summary>A throw-away FAQ folder with the files a test writes into it.</summary>
internal sealed class TempFaqFolder : IDisposable
{
    public TempFaqFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "shopexit-faq-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public TempFaqFolder With(string fileName, string yaml)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), yaml);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
