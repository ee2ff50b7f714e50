namespace ShopExit.Bot.Analysis;

/// <summary>
/// Tells zh-CN from English by script, in one linear pass: Han characters mean Chinese, English
/// words with no Han mean English. Addresses, links, ids and contacts (shop_abc, wechat: abc123)
/// and the names of platforms and apps say nothing about the language a merchant writes in.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> NotEvidence = new(StringComparer.OrdinalIgnoreCase)
    {
        "douyin", "tiktok", "taobao", "tmall", "pdd", "pinduoduo", "kuaishou", "wechat", "weixin", "wx", "alipay", "qq", "app",
        "ok", "okay", "id", "vip", "ai", "bot", "hi", "pc",
    };

    /// <summary>The language tag: <c>zh-CN</c>, <c>en</c>, or null when the text does not tell.</summary>
    public static string? Detect(string? text) => Evidence(text).Language;

    /// <summary>The language a message shows, and whether clearly enough to switch a conversation.</summary>
    public static LanguageEvidence Evidence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LanguageEvidence.None;
        }

        // Only the start of a long message is read: the language of a pasted text shows in its first lines.
        var span = text.AsSpan(0, Math.Min(text.Length, TextAnalysis.MaxReadLength));
        int han = 0, words = 0, letters = 0;
        foreach (var range in span.SplitAny(" \t\r\n\u3000"))
        {
            var token = span[range];
            if (IsAddressOrId(token))
            {
                continue;
            }

            var start = -1;
            for (var i = 0; i <= token.Length; i++)
            {
                var c = i < token.Length ? token[i] : ' ';
                if (c is >= '\u3400' and <= '\u9FFF')
                {
                    han++;
                }

                if (IsLatinLetter(c))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start >= 0)
                {
                    var word = token[start..i];
                    if ((word.Length >= 2 || word is "i" or "I" or "a") && !NotEvidence.Contains(word.ToString()))
                    {
                        words++;
                        letters += word.Length;
                    }

                    start = -1;
                }
            }
        }

        return han switch
        {
            >= 2 => new LanguageEvidence("zh-CN", true),
            1 when words < 3 => new LanguageEvidence("zh-CN", false),
            _ when words >= 3 || (words == 2 && letters >= 8) => new LanguageEvidence("en", true),
            _ when words >= 1 => new LanguageEvidence("en", false),
            _ => LanguageEvidence.None,
        };
    }

    private static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= 'ａ' and <= 'ｚ' or >= 'Ａ' and <= 'Ｚ';

    // An email address, a link, or an id that mixes letters with digits or underscores (shop_abc, abc123).
    private static bool IsAddressOrId(ReadOnlySpan<char> token)
    {
        if (token.Contains('@') || token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        bool letter = false, other = false;
        foreach (var c in token)
        {
            letter |= IsLatinLetter(c);
            other |= c is '_' || char.IsAsciiDigit(c);
        }

        return letter && other;
    }
}
