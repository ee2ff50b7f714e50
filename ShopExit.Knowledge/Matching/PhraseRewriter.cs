namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Replaces known phrases in normalised text, longest match first (so 抖音小店 wins over 抖音).
/// Latin phrases match whole words only, so "pdd" never fires inside another word.
/// </summary>
internal sealed class PhraseRewriter
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<char, int> _maxLengthByFirstChar = [];

    /// <param name="replacements">Normalised phrase → its replacement.</param>
    public PhraseRewriter(IReadOnlyDictionary<string, string> replacements)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, replacement) in replacements)
        {
            if (phrase.Length == 0)
            {
                continue;
            }

            map[phrase] = replacement;
            _maxLengthByFirstChar[phrase[0]] = Math.Max(phrase.Length, _maxLengthByFirstChar.GetValueOrDefault(phrase[0]));
        }

        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether there is nothing to replace.</summary>
    public bool IsEmpty => _maxLengthByFirstChar.Count == 0;

    /// <summary>Rewrites <paramref name="text"/>; <paramref name="onMatch"/> sees each phrase found.</summary>
    public string Rewrite(string text, Action<string>? onMatch = null)
    {
        if (IsEmpty)
        {
            return text;
        }

        System.Text.StringBuilder? builder = null;
        var copiedUpTo = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = LongestMatchAt(text, i, out var replacement);
            if (length == 0)
            {
                i++;
                continue;
            }

            builder ??= new System.Text.StringBuilder(text.Length + 16);
            builder.Append(text, copiedUpTo, i - copiedUpTo).Append(replacement);
            onMatch?.Invoke(text.Substring(i, length));
            i += length;
            copiedUpTo = i;
        }

        return builder is null ? text : builder.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    private int LongestMatchAt(string text, int start, out string replacement)
    {
        replacement = string.Empty;
        if (!_maxLengthByFirstChar.TryGetValue(text[start], out var max) || (IsWordChar(text[start]) && start > 0 && IsWordChar(text[start - 1])))
        {
            return 0;
        }

        for (var length = Math.Min(max, text.Length - start); length > 0; length--)
        {
            var end = start + length;
            if (IsWordChar(text[end - 1]) && end < text.Length && IsWordChar(text[end]))
            {
                continue;
            }

            if (_lookup.TryGetValue(text.AsSpan(start, length), out var found))
            {
                replacement = found;
                return length;
            }
        }

        return 0;
    }

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';
}
