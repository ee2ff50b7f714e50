using ShopExit.Bot.Conversations;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Flows;

namespace ShopExit.Bot.Texts;

/// <summary>
/// The bot's sentences for one turn, in the merchant's language and platform. The texts are
/// content (faq/bot/*.yaml); the keys are in <see cref="TextKeys"/>, and content without one of
/// them is refused at load, so a missing key here means a bug, shown as the key itself.
/// </summary>
public sealed class BotTexts(KnowledgeBase knowledge, ConversationData data)
{
    private readonly FaqContent _content = knowledge.Content;

    /// <summary>The text for <paramref name="key"/>, with <c>{name}</c> placeholders filled.</summary>
    public string Get(string key, params (string Name, string Value)[] values)
    {
        var text = _content.Text(key)?.For(data.Platform).For(data.Locale) ?? key;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    /// <summary>
    /// The text in every language (zh and en, the platform's variant and the general one), for
    /// recognising a button title whatever language the merchant types it in.
    /// </summary>
    public IReadOnlyList<string> AllVariants(string key)
    {
        if (_content.Text(key) is not { } text)
        {
            return [key];
        }

        return new[] { text.For(data.Platform), text.Text }
            .SelectMany(t => new[] { t.Zh, t.En })
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A content text (a walkthrough's) in the merchant's language.</summary>
    public string Say(LocalizedText text) => text.For(data.Locale).Trim();

    /// <summary>A content text in the merchant's language and platform.</summary>
    public string Say(PlatformText text) => Say(text.For(data.Platform));

    /// <summary>A content text in both languages (for its own platform), for recognising it typed.</summary>
    public IReadOnlyList<string> AllVariants(LocalizedText text) =>
        new[] { text.Zh, text.En }.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A button with this text as its title.</summary>
    public Button Button(string key, string value) => new(Get(key), value);

    /// <summary>The buttons of a text: its entries, titled in the merchant's language.</summary>
    public IReadOnlyList<Button> ButtonsOf(string key) =>
        (_content.Text(key)?.Buttons ?? []).Select(EntryButton).OfType<Button>().ToList();

    /// <summary>A button that answers (or begins) the entry with this id, titled in the merchant's language.</summary>
    public Button? EntryButton(string id) =>
        id == FaqEntry.EscalateId ? Button(TextKeys.MenuHuman, ButtonValues.Entry(id))
        : knowledge.FindFlow(id) is { } flow ? new Button(Capitalised(Say(flow.Name)), ButtonValues.Entry(id))
        : knowledge.Find(id) is { } entry ? new Button(entry.TitleFor(data.Locale), ButtonValues.Entry(id))
        : null;

    // A walkthrough's name as a button's title: "Deposit refund", not "deposit refund".
    private static string Capitalised(string name) => name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
