using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Storage.Postgres;

/// <summary>Registers the PostgreSQL stores (chosen by <see cref="StorageExtensions.AddStores"/>).</summary>
internal static class PostgresStorageExtensions
{
    public static void AddPostgresStores(this IServiceCollection services)
    {
        services.AddSingleton(provider => new PostgresDatabase(
            provider.GetRequiredService<IConfiguration>()[PostgresDatabase.ConnectionStringKey],
            provider.GetService<ILogger<PostgresDatabase>>()));
        services.AddSingleton<IStoreDatabase>(provider => provider.GetRequiredService<PostgresDatabase>());
        services.AddSingleton<IConversationStore, PostgresConversationStore>();
        services.AddSingleton<PostgresUnansweredQuestionLog>();
        services.AddSingleton<IUnansweredQuestionLog>(provider => provider.GetRequiredService<PostgresUnansweredQuestionLog>());

        // What turns write besides replies and state, each in the turn's transaction: one writer
        // per effect type, as for SQLite.
        services.AddSingleton<PostgresEffectWriters>();
        services.AddSingleton<IPostgresEffectWriter>(provider => provider.GetRequiredService<PostgresUnansweredQuestionLog>());
        services.AddSingleton<IPostgresEffectWriter, PostgresHandoffOpenedWriter>();
        services.AddSingleton<IPostgresEffectWriter, PostgresHandoffCancelWriter>();
        services.AddSingleton<IPostgresEffectWriter, PostgresHandoffRatingWriter>();
        services.AddSingleton<IPostgresEffectWriter, PostgresTicketAdditionWriter>();
        services.AddSingleton<IHandoffStore, PostgresHandoffStore>();
        services.AddSingleton<IAgentStore, PostgresAgentStore>();

        // Several instances share the database: each conversation's turns run on one of them at a
        // time, and each instance looks for turns an instance that died left pending.
        services.AddSingleton<ITurnLease, PostgresTurnLease>();
        services.PostConfigure<TurnOptions>(turns => turns.RecoveryInterval ??= TurnOptions.SharedStoreRecoveryInterval);

        // Every instance signs and verifies tokens with the one key kept in the database.
        services.AddSingleton<ISigningKeyStore, PostgresSigningKeyStore>();
    }
}
