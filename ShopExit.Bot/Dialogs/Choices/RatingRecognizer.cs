namespace ShopExit.Bot.Dialogs.Choices;

/// <summary>
/// Reads a 1–5 rating the way merchants give one: a digit (5, 5分, 5星, 5 stars), a Chinese number
/// (五分, 五星, 一颗星), stars (⭐⭐⭐⭐), 满分/十分 for top marks, or words (非常满意 … 很差, "very
/// satisfied" … "terrible"). What follows the rating is its comment (5分，服务很好). Anything else is
/// no rating: a question asked after an agent's help is not a score.
/// </summary>
public static class RatingRecognizer
{
    // Whole words, longest first so 非常不满意 is not read as 满意.
    private static readonly (string Word, int Rating)[] Words =
    [
        ("非常不满意", 1), ("very dissatisfied", 1), ("very unsatisfied", 1), ("very bad", 1), ("terrible", 1), ("awful", 1), ("很差", 1), ("太差", 1), ("极差", 1), ("差评", 1),
        ("不太满意", 2), ("不满意", 2), ("dissatisfied", 2), ("unsatisfied", 2), ("not good", 2), ("poor", 2), ("bad", 2),
        ("一般般", 3), ("一般", 3), ("还可以", 3), ("average", 3), ("so so", 3),
        ("比较满意", 4), ("满意", 4), ("还行", 4), ("不错", 4), ("satisfied", 4), ("good", 4),
        ("非常满意", 5), ("很满意", 5), ("特别满意", 5), ("满分", 5), ("十分", 5), ("10分", 5), ("很好", 5), ("非常好", 5), ("好评", 5),
        ("very satisfied", 5), ("excellent", 5), ("great", 5), ("perfect", 5), ("very good", 5), ("amazing", 5),
    ];

    private static readonly (string Word, int Rating)[] ByLength = [.. Words.OrderByDescending(w => w.Word.Length)];

    private static readonly string[] Units = ["分", "星", "颗星", "stars", "star", "points", "point", "/5", "out of 5"];

    /// <summary>The rating and the comment after it, or null when the reply is no rating.</summary>
    public static (int Rating, string? Comment)? Read(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Stars(trimmed) is { } stars)
        {
            return stars;
        }

        // Full-width digits and letters as ASCII, English in lower case; the comment is taken from it too.
        var lower = trimmed.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
        if (Number(lower) is ({ } rating, var used))
        {
            return (rating, CommentAfter(lower, used));
        }

        foreach (var (word, value) in ByLength)
        {
            // An English word must end where the reply's word ends (good, not goodbye).
            if (lower.StartsWith(word, StringComparison.Ordinal)
                && (lower.Length == word.Length || !char.IsAsciiLetter(word[^1]) || !char.IsAsciiLetter(lower[word.Length])))
            {
                return (value, CommentAfter(lower, word.Length));
            }
        }

        return null;
    }

    // ⭐⭐⭐⭐ (or ★): as many stars as given, 1 to 5.
    private static (int, string?)? Stars(string text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && text[i] is '★' or '\u2B50' or '\uFE0F' or ' ')
        {
            if (text[i] == '★' || text[i] == '\u2B50')
            {
                count++;
            }

            i++;
        }

        return count is >= 1 and <= 5 ? (count, CommentAfter(text, i)) : null;
    }

    // 5, 5分, 5星, 五分, 一颗星, 5 stars: a number 1–5 at the start, with its unit or alone (a digit only).
    private static (int? Rating, int Used) Number(string text)
    {
        if (text.Length == 0 || (text.Length > 1 && char.IsAsciiDigit(text[1])))
        {
            return (null, 0);
        }

        var isDigit = text[0] is >= '1' and <= '5';
        var value = isDigit ? text[0] - '0' : text[0] switch { '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5, _ => 0 };
        if (value == 0)
        {
            return (null, 0);
        }

        var rest = text[1..].TrimStart();
        var unit = Units.FirstOrDefault(u => rest.StartsWith(u, StringComparison.Ordinal));
        // A Chinese number alone is no rating (五 starts many sentences), nor is 5 before a letter (5g).
        if (unit is null && (!isDigit || (rest.Length > 0 && char.IsAsciiLetter(rest[0]))))
        {
            return (null, 0);
        }

        return (value, text.Length - rest.Length + (unit?.Length ?? 0));
    }

    // What comes after the rating, without the punctuation between (5分，服务很好 → 服务很好).
    private static string? CommentAfter(string text, int used)
    {
        if (used >= text.Length)
        {
            return null;
        }

        var comment = text[Math.Min(used, text.Length)..].Trim(' ', ',', '，', '。', '.', '!', '！', '、', ';', '；', ':', '：', '-', '~', '～');
        return comment.Length == 0 ? null : comment;
    }
}
