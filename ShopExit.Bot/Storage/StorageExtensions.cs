using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Storage;

/// <summary>Registers the store.</summary>
public static class StorageExtensions
{
    /// <summary>The embedded SQLite store in the data folder.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddExceptionHandler<StoreFaultExceptionHandler>();
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddSingleton<SqliteUnansweredQuestionLog>();
        builder.Services.AddSingleton<IUnansweredQuestionLog>(services => services.GetRequiredService<SqliteUnansweredQuestionLog>());

        // What turns write besides replies and state, each in the turn's transaction.
        builder.Services.AddSingleton<SqliteEffectWriters>();
        builder.Services.AddSingleton<ISqliteEffectWriter>(services => services.GetRequiredService<SqliteUnansweredQuestionLog>());
        builder.Services.AddSingleton<ISqliteEffectWriter, SqliteHandoffOpenedWriter>();
        builder.Services.AddSingleton<ISqliteEffectWriter, SqliteHandoffCancelWriter>();
        builder.Services.AddSingleton<ISqliteEffectWriter, SqliteHandoffRatingWriter>();
        builder.Services.AddSingleton<ISqliteEffectWriter, SqliteTicketAdditionWriter>();
        builder.Services.AddSingleton<IHandoffStore, SqliteHandoffStore>();
        builder.Services.AddSingleton<IAgentStore, SqliteAgentStore>();
        return builder;
    }
}
