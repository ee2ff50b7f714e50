


namespace ShopExit.Bot.Faq;

/// <summary>
/// Where unanswered questions are kept for editors (the bot's store). They are written with the
/// turn that met them (<see cref="UnansweredQuestion"/> is a turn effect).
/// </summary>
public interface IUnansweredQuestionLog
{
    /// <summary>Questions asked at or after <paramref name="since"/> (all when null), oldest first.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken);
}
