using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// The server's secret key for signing tokens: <c>DirectLine:TokenSigningKey</c> when configured,
/// otherwise a random key created once in the data folder, so tokens issued before a restart
/// (even on another port) still work after it. Each kind of token signs with its own key derived
/// from this one, so a merchant's token can never pass as an agent's.
/// </summary>
public sealed class SigningKey
{
    private const string KeyFileName = "directline-signing.key";

    // Read here rather than from the Direct Line options: the agent desk signs with it too.
    private const string ConfiguredKey = "DirectLine:TokenSigningKey";
    private readonly byte[] _key;

    /// <summary>Loads or creates the key.</summary>
    public SigningKey(IConfiguration configuration, IOptions<ShopExitOptions> shopExit)
    {
        _key = configuration[ConfiguredKey] is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : LoadOrCreate(Path.Combine(Path.GetFullPath(shopExit.Value.DataDirectory), KeyFileName));
    }

    /// <summary>The key for one purpose (<c>directline</c>, <c>agent</c>).</summary>
    public byte[] For(string purpose) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose));

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var key = RandomNumberGenerator.GetBytes(32);
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

            using var stream = new FileStream(path, create);
            stream.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
    }
}
