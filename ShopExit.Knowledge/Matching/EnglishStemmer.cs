using System.Text;

namespace ShopExit.Knowledge.Matching;

/// <summary>
/// A small suffix stripper, applied alike to phrasings, synonyms and queries before anything else
/// reads Latin words: close, closed, closing and closes all become "clos", so a synonym written
/// for "deregister" also catches "deregistering". Not Porter; the FAQ's English is small.
/// </summary>
internal static class EnglishStemmer
{
    /// <summary>Stems every Latin word of normalised text; Chinese and spaces are kept as they are.</summary>
    public static string StemWords(string text)
    {
        StringBuilder? builder = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLatin(text[i]))
            {
                builder?.Append(text[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && IsLatin(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            var stem = Stem(word);
            if (builder is null && stem.Length != word.Length)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(stem);
            i = end;
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The stem of one lower-case word.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            return string.Concat(word[..^3], "y");
        }

        var stripped = word;
        if (word.Length > 5 && word.EndsWith("ing"))
        {
            stripped = word[..^3];
        }
        else if (word.Length > 4 && word.EndsWith("ed"))
        {
            stripped = word[..^2];
        }
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us"))
        {
            stripped = word[..^1];
        }

        // shipped → shipp → ship; but not "call", "pass", "buzz".
        if (stripped.Length != word.Length && stripped.Length > 3 && stripped[^1] == stripped[^2] && stripped[^1] is not ('l' or 's' or 'z'))
        {
            stripped = stripped[..^1];
        }

        return stripped.Length > 3 && stripped[^1] == 'e' ? stripped[..^1] : stripped;
    }

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z';
}
