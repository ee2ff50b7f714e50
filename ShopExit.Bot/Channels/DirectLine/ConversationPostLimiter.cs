using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>
/// Limits how fast one conversation may post (a token bucket per conversation: a burst, then a
/// sustained rate), so a script flooding one conversation cannot fill the store; a person chatting
/// never comes near it. Counted where <see cref="IRateLimits"/> counts: in this process, or across
/// the instances in Redis, so a flood spread over instances meets the same limit.
/// </summary>
public sealed class ConversationPostLimiter(IRateLimits limits, IOptions<DirectLineOptions> options)
{
    /// <summary>The limit's name.</summary>
    public const string LimitName = "conversation-posts";

    private readonly RateLimit _limit = new(LimitName, Math.Max(1, options.Value.PostBurst), Math.Max(1, options.Value.PostsPerSecond), TimeSpan.FromSeconds(1));

    /// <summary>Takes one post from the conversation's bucket; refused (and when to try again) when it is empty.</summary>
    public ValueTask<RateDecision> TryAcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        limits.TryAcquireAsync(_limit, conversationId, cancellationToken);
}
