using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Keeps one language for a conversation. It starts from the locale the client gave when the
/// conversation began (the support page follows the browser's language), follows the page when
/// the page's own locale changes (its zh/EN switch), and otherwise switches only on clear evidence
/// in what the merchant writes: a Chinese sentence, or an English one of a few words. One Latin
/// word ("done", "ok"), an email address or a contact never switches a Chinese conversation.
/// </summary>
public static class ConversationLanguage
{
    /// <summary>The conversation's language tag for a client locale: <c>zh-CN</c> for any Chinese locale, else <c>en</c>.</summary>
    public static string? FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? null
        : locale.Trim().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN"
        : "en";

    /// <summary>Updates <see cref="ConversationData.Locale"/> from the merchant's message and its analysis.</summary>
    public static void Follow(ConversationData data, Activity activity, TextAnalysis? analysis)
    {
        if (FromLocale(activity.Locale) is { } client && !string.Equals(client, data.ClientLocale, StringComparison.Ordinal))
        {
            // The page's language is the merchant's choice: a new one (the switch) wins.
            data.ClientLocale = client;
            data.Locale = client;
        }

        if (analysis is { LanguageClear: true, Language: { } written })
        {
            data.Locale = written;
        }
    }
}
