using ShopExit.Bot.Faq;

namespace ShopExit.Bot.Tests.Support;

/// <summary>The unanswered questions a dialog test's turns logged (their effects), for tests that need no database.</summary>
internal sealed class InMemoryUnansweredLog : IUnansweredQuestionLog
{
    public List<UnansweredQuestion> Questions { get; } = [];

    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredQuestion>>(Questions.Where(q => since is null || q.AskedAt >= since).ToList());
}
