using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>The generated token signing key on PostgreSQL: created once, whichever instance asks first, and the same for all.</summary>
public class PostgresSigningKeyStoreTests
{
    [Fact]
    public async Task GetOrCreateAsync_TwoInstancesAtOnceWithDifferentCandidates_BothGetTheSameKeyAndKeepIt()
    {
        await using var first = await StoreHarness.CreateAsync(StoreKind.Postgres);
        var second = await first.OpenAnotherAsync();

        var keys = await Task.WhenAll(
            Task.Run(() => first.SigningKeys.GetOrCreateAsync([1, 1, 1], CancellationToken.None)),
            Task.Run(() => second.SigningKeys.GetOrCreateAsync([2, 2, 2], CancellationToken.None)));
        var later = await second.SigningKeys.GetOrCreateAsync([3, 3, 3], CancellationToken.None);

        Assert.Equal(keys[0], keys[1]);
        Assert.Contains(keys[0], new[] { new byte[] { 1, 1, 1 }, [2, 2, 2] });
        Assert.Equal(keys[0], later);
    }
}
