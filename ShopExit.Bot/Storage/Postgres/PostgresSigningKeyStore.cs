using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>
/// The generated token signing key in the shared database (<c>server_secrets</c>), never a file
/// per instance: a token one instance issued verifies on every other.
/// </summary>
public sealed class PostgresSigningKeyStore(PostgresDatabase database) : ISigningKeyStore
{
    private const string Name = "directline-signing-key";

    /// <inheritdoc />
    public Task<byte[]> GetOrCreateAsync(byte[] candidate, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async session =>
            {
                // Two instances starting together: the second insert waits for the first's commit
                // and does nothing; its read, a new statement, sees the first one's key.
                await session.ExecuteAsync(
                    "INSERT INTO server_secrets (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING",
                    cancellationToken,
                    ("name", Name),
                    ("value", candidate));
                return (byte[])(await session.ScalarAsync("SELECT value FROM server_secrets WHERE name = @name", cancellationToken, ("name", Name)))!;
            },
            cancellationToken);
}
