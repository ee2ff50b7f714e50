using System.Globalization;
using System.Text;

namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Brings merchant text and FAQ phrasings to one form before matching: full-width → half-width
/// and other compatibility forms (NFKC), lower case, traditional → simplified, and every run of
/// punctuation, symbols, emoji, control characters or spaces turned into one space.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// Only the first this-many characters of a message are matched. A chat question fits easily;
    /// a pasted 10 KB text still gets a decision in bounded time instead of a slow scan.
    /// </summary>
    public const int MaxInputLength = 500;

    /// <summary>The normalised form; empty when the text has no letters or digits.</summary>
    /// <param name="text">Any text, including null, huge or malformed input.</param>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > MaxInputLength ? text[..CutPoint(text)] : text;

        // Markup pasted into the chat (<img src=x …>) is no part of the question; its attribute
        // words would only count as unknown terms against it.
        if (cut.Contains('<', StringComparison.Ordinal))
        {
            cut = MarkupTag().Replace(cut, " ");
        }

        string compatible;
        try
        {
            compatible = cut.IsNormalized(NormalizationForm.FormKC) ? cut : cut.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates make Normalize throw; the characters around them are still worth matching.
            compatible = cut;
        }

        var builder = new StringBuilder(compatible.Length);
        var pendingSpace = false;
        foreach (var raw in compatible)
        {
            if (IsKept(raw))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(TraditionalChinese.ToSimplified(char.ToLowerInvariant(raw)));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether a character is CJK (a Han ideograph); CJK text is matched by characters, not words.</summary>
    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    // Letters of scripts without case (kana, Hangul, Thai...) are dropped: the FAQ has none, and
    // treating them as separators keeps them from diluting the score of the Chinese around them.
    private static bool IsKept(char c) => IsCjk(c)
        || (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter);

    [System.Text.RegularExpressions.GeneratedRegex("<[/!a-zA-Z][^<>]{0,200}>")]
    private static partial System.Text.RegularExpressions.Regex MarkupTag();

    // Never cut between the two halves of a surrogate pair.
    private static int CutPoint(string text) =>
        char.IsHighSurrogate(text[MaxInputLength - 1]) ? MaxInputLength - 1 : MaxInputLength;
}
