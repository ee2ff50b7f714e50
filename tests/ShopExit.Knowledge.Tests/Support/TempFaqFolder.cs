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

    /// <summary>Writes a file; <paramref name="fileName"/> may name a subfolder (flows/test.yaml).</summary>
    public TempFaqFolder With(string fileName, string yaml)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, yaml);
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
