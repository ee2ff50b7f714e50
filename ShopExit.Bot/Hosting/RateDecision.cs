namespace ShopExit.Bot.Hosting;

/// <summary>What a rate limit said about one request.</summary>
/// <param name="Allowed">Whether the request may go on.</param>
/// <param name="RetryAfter">When refused, when the next one would be allowed (for <c>Retry-After</c>).</param>
public readonly record struct RateDecision(bool Allowed, TimeSpan RetryAfter)
{
    /// <summary>The request may go on.</summary>
    public static RateDecision Allow { get; } = new(true, TimeSpan.Zero);

    /// <summary>The request is refused; try again after <paramref name="retryAfter"/>.</summary>
    public static RateDecision Refuse(TimeSpan retryAfter) => new(false, retryAfter);
}
