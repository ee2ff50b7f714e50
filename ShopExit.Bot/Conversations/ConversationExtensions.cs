using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Conversations;

/// <summary>Registers the conversation core: dialogs, the bot, the turn pipeline.</summary>
public static class ConversationExtensions
{
    /// <summary>Adds the dialogs and the turn pipeline.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddSingleton(services => BotDialogs.Create(services.GetRequiredService<FaqAnswerer>()));
        builder.Services.AddSingleton<ConversationBot>();
        builder.Services.AddSingleton<ConversationHub>();
        builder.Services.AddSingleton<ConversationService>();

        // Observers (the handoff desk) need ConversationService themselves, so they are resolved on first use.
        builder.Services.AddSingleton(services => new Lazy<IReadOnlyList<ITurnObserver>>(() => services.GetServices<ITurnObserver>().ToList()));
        builder.Services.AddHostedService<PendingTurnsRecovery>();
        return builder;
    }
}
