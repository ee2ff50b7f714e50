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
        builder.Services.AddSingleton<IUnansweredQuestionLog, SqliteUnansweredQuestionLog>();
        builder.Services.AddSingleton<IHandoffStore, SqliteHandoffStore>();
        builder.Services.AddSingleton<IAgentStore, SqliteAgentStore>();
        return builder;
    }
}
