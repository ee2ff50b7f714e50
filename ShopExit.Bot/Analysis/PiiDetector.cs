using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ShopExit.Bot.Analysis;

/// <summary>
/// Finds mainland mobile numbers, resident ID numbers, bank card numbers and email addresses by
/// their formats and check digits. Works on full-width input (normalised with NFKC) and reports
/// offsets into the original string.
/// </summary>
/// <remarks>
/// Numbers are read as runs of digits, joined into one number by what people put between groups:
/// up to two spaces, a dash, a dot or a slash (138 1234 5678, 138  1234  5678, 138.1234.5678,
/// 138/1234/5678, 6222 0212 3456 7890 128). Invisible characters (zero-width spaces) are gone
/// before the digits are read (<see cref="NormalizedText"/>), so 1\u200B3\u200B8… is 138….
/// An entity always covers whole runs, so digits inside a longer run (a 20-digit tracking
/// number) are never an ID or a card. Every step reads a bounded stretch around the digits, so
/// the whole is linear in the message.
/// </remarks>
public static partial class PiiDetector
{
    // ISO 7064 MOD 11-2, as GB 11643 defines it for the 18th character of the ID number.
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckCharacters = "10X98765432";

    // The first two digits of an ID number name the province (GB/T 2260), 81–83 the residence
    // permits of Hong Kong, Macao and Taiwan residents. Anything else is not an ID.
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    // Douyin and Taobao order numbers are 18–19 digits and one in ten passes Luhn; right after
    // 订单号 such a number is an order, not a card, unless the merchant also says 卡 or card before
    // it, or names a card after it in the same clause (订单号6222…是我的银行卡). After the number 卡
    // alone is mostly the verb (订单号…卡住了, 一直卡在待发货), so only card nouns count there.
    private static readonly string[] OrderWords = ["订单", "訂單", "单号", "單號", "order"];
    private static readonly string[] CardWords = ["卡", "card"];
    private static readonly string[] CardNouns = ["银行卡", "銀行卡", "卡号", "卡號", "信用卡", "储蓄卡", "儲蓄卡", "借记卡", "借記卡", "card"];
    private const string ClauseEnds = ",.!?;。、\n";
    private const int ContextWindow = 8;

    // Between the groups of one number (after NFKC, which makes full-width forms ASCII).
    private const int MaxSpacesInGap = 2;
    private const string GroupJoiners = "-./\u2010\u2013\u2014";

    /// <summary>The personal data in <paramref name="text"/>, ordered by offset, never overlapping.</summary>
    public static IReadOnlyList<PiiEntity> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var normalized = NormalizedText.Create(text);
        var t = normalized.Text;
        var spans = new List<(PiiCategory Category, int Start, int End)>();
        foreach (Match match in EmailPattern().Matches(t))
        {
            spans.Add((PiiCategory.Email, match.Index, match.Index + match.Length));
        }

        var emails = spans.Count;
        FindNumbers(t, spans);

        var found = new List<PiiEntity>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (category, start, end) = spans[i];

            // 13812345678@qq.com is an email address, not a phone number next to one.
            if (i >= emails && spans.Take(emails).Any(e => start < e.End && e.Start < end))
            {
                continue;
            }

            var (offset, length) = normalized.ToSource(start, end);
            found.Add(new PiiEntity(category, offset, length));
        }

        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    /// <summary>Whether an 18-character ID number has a province, a real birth date and the right check character.</summary>
    internal static bool IsValidIdNumber(string id)
    {
        if (id.Length != 18 || id.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        if (!Provinces.Contains(((id[0] - '0') * 10) + (id[1] - '0')))
        {
            return false;
        }

        if (!DateTime.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth.Year > 2099)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * IdWeights[i];
        }

        return char.ToUpperInvariant(id[17]) == IdCheckCharacters[sum % 11];
    }

    /// <summary>Whether a digit string passes the Luhn check every bank card number carries.</summary>
    internal static bool IsLuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static void FindNumbers(string t, List<(PiiCategory Category, int Start, int End)> spans)
    {
        var chain = new List<(int Start, int End, bool HasX)>();
        var i = 0;
        while (i < t.Length)
        {
            if (!char.IsAsciiDigit(t[i]))
            {
                i++;
                continue;
            }

            chain.Clear();
            while (true)
            {
                var start = i;
                while (i < t.Length && char.IsAsciiDigit(t[i]))
                {
                    i++;
                }

                // An ID number may end in X; only when the X ends the word (not 3x4, not XL).
                var hasX = i < t.Length && t[i] is 'X' or 'x' && (i + 1 == t.Length || !char.IsAsciiLetterOrDigit(t[i + 1]));
                if (hasX)
                {
                    i++;
                }

                chain.Add((start, i, hasX));
                if (!hasX && GapBeforeDigit(t, i) is > 0 and var gap)
                {
                    i += gap;
                    continue;
                }

                break;
            }

            ClassifyChain(t, chain, spans);
        }
    }

    // Reads a chain of digit groups left to right, longest candidate first.
    private static void ClassifyChain(string t, List<(int Start, int End, bool HasX)> chain, List<(PiiCategory Category, int Start, int End)> spans)
    {
        var k = 0;
        while (k < chain.Count)
        {
            var matched = false;
            for (var j = Math.Min(chain.Count - 1, k + 5); j >= k; j--)
            {
                // A grouped candidate that stops before another short group is only the front of a
                // longer grouped number (a card read without its last group); not an entity.
                if (j > k && j + 1 < chain.Count && Length(chain[j + 1]) <= 4)
                {
                    continue;
                }

                if (Classify(t, chain, k, j) is { } found)
                {
                    spans.Add(found);
                    k = j + 1;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                k++;
            }
        }
    }

    private static (PiiCategory, int, int)? Classify(string t, List<(int Start, int End, bool HasX)> chain, int first, int last)
    {
        var lengths = new int[last - first + 1];
        var digits = new StringBuilder();
        for (var g = first; g <= last; g++)
        {
            var (start, end, hasX) = chain[g];
            var digitEnd = hasX ? end - 1 : end;
            digits.Append(t, start, digitEnd - start);
            lengths[g - first] = digitEnd - start;
        }

        var start0 = chain[first].Start;
        var end0 = chain[last].End;
        var endsInX = chain[last].HasX;
        var number = digits.ToString();

        // 18 characters in one run, or written 6-8-4 (region, birth date, sequence and check).
        if ((endsInX && lengths is [17] or [6, 8, 3]) || (!endsInX && lengths is [18] or [6, 8, 4]))
        {
            var id = endsInX ? number + "X" : number;
            if (IsValidIdNumber(id))
            {
                return (PiiCategory.IdCardNumber, start0, end0);
            }
        }

        if (endsInX)
        {
            return null;
        }

        if (IsPhone(lengths, number, out var hasPrefix))
        {
            // +86 belongs to the number; the plus sign is masked with it.
            var start = hasPrefix && start0 > 0 && t[start0 - 1] == '+' ? start0 - 1 : start0;
            return (PiiCategory.PhoneNumber, start, end0);
        }

        if (number.Length is >= 16 and <= 19 && IsCardGrouping(lengths) && IsLuhnValid(number) && !IsOrderContext(t, start0, end0))
        {
            return (PiiCategory.BankCardNumber, start0, end0);
        }

        return null;
    }

    // 13812345678, 138 1234 5678, 138-12345678, 1381234 5678; after an optional 86 or 0086 (fused or as a group).
    private static bool IsPhone(int[] lengths, string number, out bool hasPrefix)
    {
        hasPrefix = false;
        var national = number;
        var groups = lengths;
        if (groups.Length > 1 && (groups[0] == 2 && number.StartsWith("86", StringComparison.Ordinal)
            || groups[0] == 4 && number.StartsWith("0086", StringComparison.Ordinal)))
        {
            hasPrefix = true;
            national = number[groups[0]..];
            groups = groups[1..];
        }
        else if (groups is [13] && number.StartsWith("86", StringComparison.Ordinal))
        {
            hasPrefix = true;
            national = number[2..];
            groups = [11];
        }
        else if (groups is [15] && number.StartsWith("0086", StringComparison.Ordinal))
        {
            hasPrefix = true;
            national = number[4..];
            groups = [11];
        }

        return groups is [11] or [3, 4, 4] or [3, 8] or [7, 4]
            && national.Length == 11 && national[0] == '1' && national[1] is >= '3' and <= '9';
    }

    // One run of digits, or groups of four with a shorter last group (6222 0212 3456 7890 128).
    private static bool IsCardGrouping(int[] lengths) => lengths.Length == 1
        || (lengths[..^1].All(l => l == 4) && lengths[^1] is >= 1 and <= 4);

    private static bool IsOrderContext(string t, int start, int end)
    {
        var before = t.AsSpan(Math.Max(0, start - ContextWindow), Math.Min(start, ContextWindow));
        var after = t.AsSpan(end, Math.Min(t.Length - end, ContextWindow));
        if (after.IndexOfAny(ClauseEnds) is >= 0 and var clauseEnd)
        {
            after = after[..clauseEnd];
        }

        return ContainsAny(before, OrderWords)
            && !ContainsAny(before, CardWords)
            && !ContainsAny(after, CardNouns);
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The length of what joins two groups of one number at t[i] (up to two spaces, at most one
    // joiner, up to two spaces: 138  1234, 138 - 1234, 138.1234), when a digit follows it; else 0.
    // Nothing longer joins: numbers far apart in a sentence are separate numbers.
    private static int GapBeforeDigit(string t, int i)
    {
        var j = SkipSpaces(t, i);
        if (j < t.Length && GroupJoiners.Contains(t[j], StringComparison.Ordinal))
        {
            j = SkipSpaces(t, j + 1);
        }

        return j > i && j < t.Length && char.IsAsciiDigit(t[j]) ? j - i : 0;
    }

    private static int SkipSpaces(string t, int i)
    {
        var j = i;
        while (j < t.Length && j - i < MaxSpacesInGap && t[j] == ' ')
        {
            j++;
        }

        return j;
    }

    private static int Length((int Start, int End, bool HasX) group) => group.End - group.Start;

    // Local part and domain as people write them; the TLD is letters only, so an address glued to
    // Chinese text (邮箱abc@qq.com谢谢) ends where the Latin letters do. Every repetition is bounded
    // and a match starts only at the start of a word, so a pasted blob cannot make it slow.
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
