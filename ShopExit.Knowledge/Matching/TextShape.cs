namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Whether a prepared message is short: besides grammar words (我, 的, 一下; the, my), at most
/// three Chinese characters or two Latin words (a mix counts each word as two characters). A
/// short text says too little to tell items apart (退款, 需要, 我有问题, help, can you help), so it
/// needs much more evidence than a sentence.
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
                if (FunctionWords.Chinese.Contains(text[i].ToString()))
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

        if (cjk + (2 * words) > MaxCjk && !(cjk == 0 && words <= MaxLatinWords))
        {
            return null;
        }

        var content = words == 0 ? $"{cjk} Chinese character(s)" : cjk == 0 ? $"{words} word(s)" : $"{cjk} Chinese character(s) and {words} word(s)";
        return grammar > 0 ? $"{content} besides grammar words" : content;
    }
}
