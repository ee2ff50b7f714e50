using ShopExit.Bot.Conversations;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Texts;

/// <summary>
/// The bot's sentences for one turn, in the merchant's language and platform. The texts are
/// content (faq/bot/*.yaml); the keys are in <see cref="TextKeys"/>, and content without one of
/// them is refused at load, so a missing key here means a bug, shown as the key itself.
/// </summary>
public sealed class BotTexts(FaqContent content, TurnContext turn)
{
    /// <summary>The text for <paramref name="key"/>, with <c>{name}</c> placeholders filled.</summary>
    public string Get(string key, params (string Name, string Value)[] values)
    {
        var text = content.Text(key)?.For(turn.Data.Platform).For(turn.Data.Locale) ?? key;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    /// <summary>The titles of a text's buttons (entry titles in the merchant's language).</summary>
    public IReadOnlyList<string> ButtonsOf(string key) =>
        (content.Text(key)?.Buttons ?? []).Select(id => turn.Knowledge.Find(id)?.TitleFor(turn.Data.Locale)).OfType<string>().ToList();
}
