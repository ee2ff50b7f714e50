using System.Security.Cryptography;
using System.Text;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// The server's secret key for signing tokens: <c>DirectLine:TokenSigningKey</c> when configured,
/// otherwise a random key created once and kept (<see cref="ISigningKeyStore"/>: the data folder,
/// or the database every instance shares), so tokens issued before a restart, or by another
/// instance, still work. Each kind of token signs with its own key derived from this one, so a
/// merchant's token can never pass as an agent's. Loaded at start (<see cref="LoadAsync"/>), after
/// the store opened.
/// </summary>
public sealed class SigningKey(IConfiguration configuration, ISigningKeyStore store)
{
    // Read here rather than from the Direct Line options: the agent desk signs with it too.
    private const string ConfiguredKey = "DirectLine:TokenSigningKey";
    private byte[]? _key;

    /// <summary>Takes the configured key, or loads (creating once) the kept one.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken) =>
        _key = configuration[ConfiguredKey] is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : await store.GetOrCreateAsync(RandomNumberGenerator.GetBytes(32), cancellationToken);

    /// <summary>The key for one purpose (<c>directline</c>, <c>agent</c>).</summary>
    public byte[] For(string purpose) =>
        HMACSHA256.HashData(_key ?? throw new InvalidOperationException("The signing key is used before the start loaded it."), Encoding.UTF8.GetBytes(purpose));
}
