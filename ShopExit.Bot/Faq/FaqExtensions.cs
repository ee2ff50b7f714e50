


namespace ShopExit.Bot.Faq;

/// <summary>Registers the FAQ knowledge and its reloader.</summary>
public static class FaqExtensions
{
    /// <summary>Adds the FAQ services; the content is loaded when the host starts.</summary>
    public static IHostApplicationBuilder AddFaq(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FaqKnowledge>();
        builder.Services.AddHostedService<FaqReloader>();
        return builder;
    }
}
