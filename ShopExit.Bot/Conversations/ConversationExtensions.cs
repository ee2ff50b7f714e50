using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ShopExit.Bot.Conversations;

/// <summary>Registers the conversation core and the turn pipeline.</summary>
public static class ConversationExtensions
{
    /// <summary>
    /// Adds the turn core: the service channels talk to, the scheduler and runner, and the
    /// pipeline <paramref name="configure"/> describes (middleware in the order they run, then the bot).
    /// </summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder, Action<TurnPipelineBuilder> configure)
    {
        builder.Services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.SectionName)
            .Validate(o => o.QueueCapacity > 0 && o.Parallelism > 0 && o.RecoveryInterval is not { Ticks: <= 0 }, "Turns:QueueCapacity, Turns:Parallelism and Turns:RecoveryInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ConversationHub>();
        builder.Services.AddSingleton<TranscriptWriter>();
        builder.Services.TryAddSingleton<ITurnLease, LocalTurnLease>();
        builder.Services.AddSingleton<TurnRunner>();
        builder.Services.AddSingleton<TurnScheduler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TurnScheduler>());
        builder.Services.AddSingleton<ConversationService>();

        var pipeline = new TurnPipelineBuilder();
        configure(pipeline);
        pipeline.Register(builder.Services);
        return builder;
    }
}
