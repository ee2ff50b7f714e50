using System.Text;

namespace ShopExit.Bot.Texts;

/// <summary>
/// Puts a name an operator chose (an agent's display name) into the middle of a bot message,
/// which Web Chat renders as Markdown: the characters that can start markup there (emphasis,
/// code, links, images, HTML, entities, tables, strikethrough) are backslash-escaped, as
/// CommonMark allows, so the name shows as typed and never becomes an element. Others (Li.Wei,
/// 客服-小王) stay as they are, so the text still reads well where it is shown raw.
/// </summary>
public static class MarkdownText
{
    private const string Markup = "\\`*_[]()<>#!|~&";

    /// <summary>The text, safe to put into Markdown; line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            escaped.Append(Markup.Contains(c, StringComparison.Ordinal) ? "\\" : string.Empty).Append(c);
        }

        return escaped.ToString();
    }
}
