namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Turns normalised text into terms, each packed in a <see cref="ulong"/> so a query allocates no
/// strings: Chinese runs give character unigrams and bigrams (no segmenter is needed, and a
/// one-character typo still leaves most bigrams intact); Latin runs give words (already stemmed by <see cref="EnglishStemmer"/>).
/// </summary>
internal static class TermExtractor
{
    private const ulong UnigramTag = 1UL << 56;
    private const ulong BigramTag = 2UL << 56;
    private const ulong WordTag = 3UL << 56;
    private const ulong PayloadMask = (1UL << 56) - 1;

    private static readonly HashSet<ulong> FunctionTerms = BuildFunctionTerms();

    /// <summary>Whether a term is a single CJK character (weighted lower than bigrams and words).</summary>
    public static bool IsUnigram(ulong term) => (term & ~PayloadMask) == UnigramTag;

    /// <summary>Whether a term is a function word (<see cref="FunctionWords"/>).</summary>
    public static bool IsFunctionWord(ulong term) => FunctionTerms.Contains(term);

    private static HashSet<ulong> BuildFunctionTerms()
    {
        var terms = new HashSet<ulong>();
        foreach (var word in FunctionWords.Chinese)
        {
            terms.Add(word.Length == 1 ? UnigramTag | word[0] : BigramTag | ((ulong)word[0] << 16) | word[1]);
        }

        // A bigram of two grammar characters (在不, 有人 is not: 人 carries meaning) is grammar too.
        var singles = FunctionWords.Chinese.Where(w => w.Length == 1).Select(w => w[0]).ToList();
        foreach (var first in singles)
        {
            foreach (var second in singles)
            {
                terms.Add(BigramTag | ((ulong)first << 16) | second);
            }
        }

        foreach (var word in FunctionWords.English)
        {
            terms.Add(WordTag | (Hash(EnglishStemmer.Stem(word)) & PayloadMask));
        }

        return terms;
    }

    /// <summary>Appends the distinct terms of <paramref name="text"/> to <paramref name="terms"/>.</summary>
    public static void Extract(ReadOnlySpan<char> text, List<ulong> terms)
    {
        var start = terms.Count;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (TextNormalizer.IsCjk(c))
            {
                terms.Add(UnigramTag | c);
                if (i + 1 < text.Length && TextNormalizer.IsCjk(text[i + 1]))
                {
                    terms.Add(BigramTag | ((ulong)c << 16) | text[i + 1]);
                }

                i++;
            }
            else if (c == ' ')
            {
                i++;
            }
            else
            {
                var end = i;
                while (end < text.Length && text[end] != ' ' && !TextNormalizer.IsCjk(text[end]))
                {
                    end++;
                }

                terms.Add(WordTag | (Hash(text[i..end]) & PayloadMask));
                i = end;
            }
        }

        Deduplicate(terms, start);
    }

    /// <summary>The distinct terms of <paramref name="text"/> with the text each stands for (for <c>faq explain</c>; allocates).</summary>
    public static List<(ulong Term, string Text, string Kind)> Describe(string text)
    {
        var described = new List<(ulong Term, string Text, string Kind)>();
        var seen = new HashSet<ulong>();
        var i = 0;
        while (i < text.Length)
        {
            if (TextNormalizer.IsCjk(text[i]))
            {
                Add(UnigramTag | text[i], text[i].ToString(), "unigram");
                if (i + 1 < text.Length && TextNormalizer.IsCjk(text[i + 1]))
                {
                    Add(BigramTag | ((ulong)text[i] << 16) | text[i + 1], text.Substring(i, 2), "bigram");
                }

                i++;
            }
            else if (text[i] == ' ')
            {
                i++;
            }
            else
            {
                var end = i;
                while (end < text.Length && text[end] != ' ' && !TextNormalizer.IsCjk(text[end]))
                {
                    end++;
                }

                Add(WordTag | (Hash(text.AsSpan(i, end - i)) & PayloadMask), text[i..end], "word");
                i = end;
            }
        }

        return described;

        void Add(ulong term, string termText, string kind)
        {
            if (seen.Add(term))
            {
                described.Add((term, termText, IsFunctionWord(term) ? kind + ", grammar" : kind));
            }
        }
    }

    // FNV-1a, 64 bit: stable across processes (string.GetHashCode is randomised per process).
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static void Deduplicate(List<ulong> terms, int start)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms)[start..];
        span.Sort();
        var write = 0;
        for (var read = 0; read < span.Length; read++)
        {
            if (write == 0 || span[read] != span[write - 1])
            {
                span[write++] = span[read];
            }
        }

        terms.RemoveRange(start + write, span.Length - write);
    }
}
