using System.Text;

namespace ShopExit.Bot.Analysis;

/// <summary>
/// Hides personal data for logs, transcript exports and the agent console while leaving enough
/// to recognise it: 138****5678, 110***********123X, ****1234, a***@example.com.
/// </summary>
public static class PiiMasker
{
    /// <summary><paramref name="text"/> with the personal data <see cref="PiiDetector"/> finds in it masked.</summary>
    public static string MaskFound(string text) =>
        PiiDetector.Find(text) is { Count: > 0 } pii ? Mask(text, pii) : text;

    /// <summary>
    /// <paramref name="text"/> with every entity replaced by its masked form. Entities may come in
    /// any order, overlap or reach past the text (a remote service's answer): whatever they cover
    /// is hidden, and nothing throws.
    /// </summary>
    public static string Mask(string text, IReadOnlyList<PiiEntity> pii)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pii);
        if (pii.Count == 0 || text.Length == 0)
        {
            return text;
        }

        var ordered = pii
            .Where(e => e.Length > 0 && e.Offset < text.Length && e.End > 0)
            .OrderBy(e => e.Offset)
            .ThenByDescending(e => e.Length);
        var builder = new StringBuilder(text.Length);
        var cursor = 0;
        foreach (var entity in ordered)
        {
            var start = Math.Max(entity.Offset, 0);
            var end = Math.Min(entity.End, text.Length);
            if (end <= cursor)
            {
                continue;
            }

            if (start < cursor)
            {
                // The part of an overlapping entity that sticks out is hidden entirely.
                builder.Append('*', end - cursor);
            }
            else
            {
                builder.Append(text, cursor, start - cursor);
                builder.Append(MaskValue(entity.Category, text[start..end]));
            }

            cursor = end;
        }

        builder.Append(text, cursor, text.Length - cursor);
        return builder.ToString();
    }

    private static string MaskValue(PiiCategory category, string value)
    {
        var normalized = NormalizedText.Create(value).Text;
        return category switch
        {
            PiiCategory.PhoneNumber => MaskPhone(normalized),
            PiiCategory.IdCardNumber => MaskId(normalized),
            PiiCategory.BankCardNumber => MaskCard(normalized),
            PiiCategory.Email => MaskEmail(normalized),
            _ => new string('*', value.Length),
        };
    }

    // 138****5678; a country prefix stays visible (+86 138****5678) because it says nothing about the person.
    private static string MaskPhone(string value)
    {
        var digits = Digits(value);
        var prefix = string.Empty;
        if ((digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
            || (digits.Length == 15 && digits.StartsWith("0086", StringComparison.Ordinal)))
        {
            prefix = "+86 ";
            digits = digits[^11..];
        }

        return digits.Length >= 7 ? prefix + digits[..3] + "****" + digits[^4..] : new string('*', value.Length);
    }

    // 110***********123X: province and city stay, birth date and sequence go.
    private static string MaskId(string value)
    {
        var id = new string(value.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').Select(char.ToUpperInvariant).ToArray());
        return id.Length >= 8 ? id[..3] + new string('*', id.Length - 7) + id[^4..] : new string('*', value.Length);
    }

    // ****1234: only the last four, as banks print them.
    private static string MaskCard(string value)
    {
        var digits = Digits(value);
        return digits.Length >= 8 ? "****" + digits[^4..] : "****";
    }

    // a***@example.com: the first letter of the name and the whole domain.
    private static string MaskEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? value[0] + "***" + value[at..] : "***";
    }

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());
}
