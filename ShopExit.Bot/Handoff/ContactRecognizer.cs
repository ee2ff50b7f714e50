using System.Text;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Finds a way to reach the merchant in a reply: a mainland mobile number (138 0013 8000,
/// 138-0013-8000, +86 13800138000, also inside a sentence: 我的电话是138 0013 8000), an email
/// address, or a WeChat id as WeChat allows them (a letter, then 6–20 letters, digits, _ or -),
/// after 微信 / wx / vx when the reply names it. One pass over the text, no backtracking.
/// </summary>
public static class ContactRecognizer
{
    private static readonly string[] WeChatNames = ["微信号", "微信", "wechat", "weixin", "wx", "vx", "v信"];

    /// <summary>The contact, tidied (13800138000), or null when the reply holds none.</summary>
    public static string? Find(string? text)
    {
        var trimmed = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        return trimmed.Length == 0 ? null : Mobile(trimmed) ?? Email(trimmed) ?? WeChat(trimmed);
    }

    // Eleven digits starting 1[3-9], spaces, dashes and dots between them allowed, +86 before.
    private static string? Mobile(string text)
    {
        var digits = new StringBuilder(11);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                if (digits.Length == 13 && digits.ToString(0, 2) == "86")
                {
                    digits.Remove(0, 2);
                }

                if (digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9' && (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1])))
                {
                    return digits.ToString();
                }

                continue;
            }

            // A space, dash or dot inside a number keeps it going; anything else starts again.
            if (!(c is ' ' or '-' or '.' && digits.Length > 0))
            {
                digits.Clear();
            }
        }

        return null;
    }

    private static string? Email(string text)
    {
        foreach (var word in text.Split([' ', '，', ',', '：', ':', '；', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = word.Trim('。', '.', '!', '！');
            var at = candidate.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at != candidate.LastIndexOf('@') || !candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '@'))
            {
                continue;
            }

            var domain = candidate[(at + 1)..];
            if (domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.'))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? WeChat(string text)
    {
        var rest = text;
        var lower = text.ToLowerInvariant();
        foreach (var name in WeChatNames)
        {
            var at = lower.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                rest = text[(at + name.Length)..].TrimStart(' ', ':', '：', '是', '号');
                break;
            }
        }

        var id = new string(rest.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').ToArray());
        var named = !ReferenceEquals(rest, text);
        // Without 微信 before it, only a whole reply that is an id counts (asdfgh is no contact, shop_abc1 is).
        var valid = id.Length is >= 6 and <= 20 && char.IsAsciiLetter(id[0]) && (named || (id.Length == text.Length && id.Any(c => char.IsAsciiDigit(c) || c is '_' or '-')));
        return valid ? id : null;
    }
}
