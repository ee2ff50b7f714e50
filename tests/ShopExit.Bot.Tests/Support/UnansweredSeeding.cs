using ShopExit.Bot.Faq;
using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Tests.Support;

/// <summary>Writes unanswered questions straight into a store, the way a turn's commit does (on its transaction).</summary>
internal static class UnansweredSeeding
{
    public static Task RecordAsync(this SqliteUnansweredQuestionLog log, SqliteDatabase database, UnansweredQuestion question) =>
        database.WriteAsync<int>(
            async session =>
            {
                await ((ISqliteEffectWriter)log).WriteAsync(session, question.ConversationId, question, CancellationToken.None);
                return 0;
            },
            CancellationToken.None);
}
