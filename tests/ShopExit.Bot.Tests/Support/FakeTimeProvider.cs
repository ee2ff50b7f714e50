namespace ShopExit.Bot.Tests.Support;

/// <summary>A clock the test sets (Microsoft.Extensions.TimeProvider.Testing is not served here).</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
