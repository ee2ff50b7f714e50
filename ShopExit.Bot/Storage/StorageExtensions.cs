using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Storage.Postgres;

namespace ShopExit.Bot.Storage;

/// <summary>Registers the store: the one place that chooses between SQLite and PostgreSQL.</summary>
public static class StorageExtensions
{
    /// <summary>
    /// The store <c>ShopExit:Store</c> names (SQLite in the data folder by default). Throws
    /// <see cref="StoreFaultException"/> for a name it does not know.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStores(builder.Configuration);
        builder.Services.AddExceptionHandler<StoreFaultExceptionHandler>();
        return builder;
    }

    /// <summary>The stores alone, without the web parts: the commands (<c>agent add</c>, <c>faq unanswered</c>) use the server's store this way.</summary>
    public static IServiceCollection AddStores(this IServiceCollection services, IConfiguration configuration)
    {
        switch (StoreSelection.Read(configuration))
        {
            case StoreKind.Postgres:
                services.AddPostgresStores();
                break;
            default:
                services.AddSqliteStores();
                break;
        }

        return services;
    }

    private static void AddSqliteStores(this IServiceCollection services)
    {
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IStoreDatabase>(provider => provider.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<SqliteUnansweredQuestionLog>();
        services.AddSingleton<IUnansweredQuestionLog>(provider => provider.GetRequiredService<SqliteUnansweredQuestionLog>());

        // What turns write besides replies and state, each in the turn's transaction.
        services.AddSingleton<SqliteEffectWriters>();
        services.AddSingleton<ISqliteEffectWriter>(provider => provider.GetRequiredService<SqliteUnansweredQuestionLog>());
        services.AddSingleton<ISqliteEffectWriter, SqliteHandoffOpenedWriter>();
        services.AddSingleton<ISqliteEffectWriter, SqliteHandoffCancelWriter>();
        services.AddSingleton<ISqliteEffectWriter, SqliteHandoffRatingWriter>();
        services.AddSingleton<ISqliteEffectWriter, SqliteTicketAdditionWriter>();
        services.AddSingleton<IHandoffStore, SqliteHandoffStore>();
        services.AddSingleton<IAgentStore, SqliteAgentStore>();
    }
}
