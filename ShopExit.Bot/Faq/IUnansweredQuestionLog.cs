namespace ShopExit.Bot.Faq;

/// <summary>Where unanswered questions are kept for editors (the bot's store).</summary>
public interface IUnansweredQuestionLog
{
    /// <summary>Records one question.</summary>
    Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    /// <summary>Questions asked at or after <paramref name="since"/> (all when null), oldest first.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken);
}
