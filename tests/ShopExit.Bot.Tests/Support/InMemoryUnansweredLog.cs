using ShopExit.Bot.Faq;

namespace ShopExit.Bot.Tests.Support;

/// <summary>An unanswered-question log in memory, for dialog tests that need no database.</summary>
internal sealed class InMemoryUnansweredLog : IUnansweredQuestionLog
{
    public List<UnansweredQuestion> Questions { get; } = [];

    public Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredQuestion>>(Questions.Where(q => since is null || q.AskedAt >= since).ToList());
}
