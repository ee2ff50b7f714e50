namespace ShopExit.Bot.Analysis;

/// <summary>
/// Tells zh-CN from English by script: Han characters mean Chinese, Latin letters with no Han
/// mean English. Too little text (digits, emoji, "ok") says nothing, and neither does an email
/// address or a link (a Chinese merchant leaving their contact is still writing Chinese).
/// </summary>
public static partial class LanguageDetector
{
    /// <summary>The language tag: <c>zh-CN</c>, <c>en</c>, or null when the text does not tell.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var han = 0;
        var latin = 0;
        foreach (var c in AddressLike().Replace(text, " "))
        {
            if (c is >= '\u3400' and <= '\u9FFF')
            {
                han++;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= 'ａ' and <= 'ｚ' or >= 'Ａ' and <= 'Ｚ')
            {
                latin++;
            }
        }

        return han > 0 ? "zh-CN" : latin >= 3 ? "en" : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\S+@\S+|https?://\S+|www\.\S+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AddressLike();
}
