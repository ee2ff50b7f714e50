namespace ShopExit.Bot.Hosting;

/// <summary>
/// Where the generated token signing key is kept when <c>DirectLine:TokenSigningKey</c> is not
/// set: a file in the data folder for one machine, the database when several instances share it
/// (every instance must verify every other's tokens).
/// </summary>
public interface ISigningKeyStore
{
    /// <summary>
    /// The kept key; when there is none yet, <paramref name="candidate"/> is kept and returned,
    /// unless another process kept one first, whose key is returned instead.
    /// </summary>
    Task<byte[]> GetOrCreateAsync(byte[] candidate, CancellationToken cancellationToken);
}
