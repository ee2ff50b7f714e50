namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Whether a prepared message is short: besides grammar words (我, 的, 一下), at most three
/// Chinese characters (a Latin word in Chinese counts as two); in English at most two words, or
/// one content word, or two among at most four words. A short text says too little to tell items
/// apart (退款, 需要, 我有问题, help, how old are you), so it needs much more evidence than a sentence.
/// </summary>
internal static class TextShape
{
    private const int MaxCjk = 3;
    private const int MaxLatinWords = 2;

    /// <summary>Why the text is short (for <c>faq explain</c>), or null when it is not.</summary>
    public static string? WhyShort(PreparedText prepared)
    {
        var cjk = 0;
        var words = 0;
        var grammar = 0;
        var text = prepared.Normalized;
        var i = 0;
        while (i < text.Length)
        {
            if (TextNormalizer.IsCjk(text[i]))
            {
                if (FunctionWords.ChineseCharacters.Contains(text[i]))
                {
                    grammar++;
                }
                else
                {
                    cjk++;
                }

                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] != ' ' && !TextNormalizer.IsCjk(text[end]))
            {
                end++;
            }

            if (end > i)
            {
                if (FunctionWords.IsEnglish(text[i..end]))
                {
                    grammar++;
                }
                else
                {
                    words++;
                }
            }

            i = Math.Max(end, i + 1);
        }

        if (cjk + words == 0)
        {
            return grammar > 0 ? "only grammar words" : null;
        }

        // English grammar words are many and short: "I'd like to withdraw my deposit" has only two
        // content words but says plenty, "how old are you" says little. A Latin text is short with
        // at most two words, or two content words among at most four.
        var latinOnly = cjk == 0;
        if (latinOnly ? !(words + grammar <= MaxLatinWords || words <= 1 || (words <= MaxLatinWords && words + grammar <= 2 * MaxLatinWords))
            : cjk + (2 * words) > MaxCjk)
        {
            return null;
        }

        var content = words == 0 ? $"{cjk} Chinese character(s)" : cjk == 0 ? $"{words} word(s)" : $"{cjk} Chinese character(s) and {words} word(s)";
        return grammar > 0 ? $"{content} besides grammar words" : content;
    }
}
