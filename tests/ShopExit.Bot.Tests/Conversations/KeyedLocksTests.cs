using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Tests.Conversations;

public class KeyedLocksTests
{
    [Fact]
    public async Task AcquireAsync_SameKey_SerialisesAndForgetsTheKeyAfterwards()
    {
        var locks = new KeyedLocks();
        var order = new List<string>();

        var first = await locks.AcquireAsync("c1", CancellationToken.None);
        var second = Task.Run(async () =>
        {
            using (await locks.AcquireAsync("c1", CancellationToken.None))
            {
                order.Add("second");
            }
        });
        await Task.Delay(50);
        order.Add("first");
        first.Dispose();
        await second;

        Assert.Equal(["first", "second"], order);
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task AcquireAsync_DifferentKeys_DoNotWait()
    {
        var locks = new KeyedLocks();

        using var a = await locks.AcquireAsync("a", CancellationToken.None);
        using var b = await locks.AcquireAsync("b", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(2, locks.Count);
    }
}
