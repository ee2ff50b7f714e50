using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Hosting;

/// <summary>The generated signing key in the data folder (<c>directline-signing.key</c>): one machine, any number of restarts.</summary>
public sealed class FileSigningKeyStore(IOptions<ShopExitOptions> shopExit) : ISigningKeyStore
{
    private const string KeyFileName = "directline-signing.key";

    /// <inheritdoc />
    public async Task<byte[]> GetOrCreateAsync(byte[] candidate, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetFullPath(shopExit.Value.DataDirectory), KeyFileName);
        if (File.Exists(path))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: if another process created the key first, use theirs.
            // Readable by the bot's user only: with the key, anyone could forge tokens.
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using var stream = new FileStream(path, create);
            await stream.WriteAsync(candidate, cancellationToken);
            return candidate;
        }
        catch (IOException) when (File.Exists(path))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
    }
}
