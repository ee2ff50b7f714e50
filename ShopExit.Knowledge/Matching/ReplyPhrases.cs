namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The lexicon's phrases, normalised once, and the walk that reads a reply as them: longest phrase
/// first from left to right, per piece of the text (a word, or a run of one script), with the
/// done-verbs (提好了, 还没提) and trailing particles (好了呀) the lists cannot spell out.
/// </summary>
internal static class ReplyPhrases
{
    public static readonly Dictionary<string, ReplyKind> Phrases = Build();

    // Lookups by span: the matcher asks for every message, and a substring per try would add up.
    public static readonly Dictionary<string, ReplyKind>.AlternateLookup<ReadOnlySpan<char>> PhraseSpans = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    // The first word of every Latin phrase ("not" of "not yet", "got" of "got it").
    public static readonly HashSet<string> LatinFirstWords = new(Phrases.Keys.Where(IsLatinPhrase).Select(k => k.Split(' ')[0]), StringComparer.Ordinal);
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinFirstWordSpans = LatinFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly int MaxCjkLength = Phrases.Keys.Where(k => !IsLatinPhrase(k)).Max(k => k.Length);
    public static readonly int MaxLatinWords = Phrases.Keys.Where(IsLatinPhrase).Max(k => k.Split(' ').Length);

    // Acknowledgements that may come before the real answer: "好的，没有" is a no, not a conflict.
    public static readonly HashSet<string> SoftYesSet = new(ReplyWords.SoftYes.Select(Key), StringComparer.Ordinal);

    // A yes that reports something done, as against a plain yes.
    public static readonly HashSet<string> Done = new(ReplyWords.DoneWords.Select(Key), StringComparer.Ordinal);

    // The yes of agreeing to an offer, as against reporting something done.
    public static readonly HashSet<string> Agreement = new(ReplyWords.AgreementWords.Concat(ReplyWords.SoftYes).Select(Key), StringComparer.Ordinal);

    // Asking to go on, which a firm yes or a no before it answers.
    public static readonly HashSet<string> GoOn = new(ReplyWords.GoOnWords.Select(Key), StringComparer.Ordinal);

    // Not knowing the answer, as against asking what the question means.
    public static readonly HashSet<string> NotKnowing = new(ReplyWords.NotKnowingWords.Select(Key), StringComparer.Ordinal);

    // The reply as lexicon phrases, longest first from left to right; a part no phrase covers is
    // yielded as (null, None) and ends the walk. Digits are filler (1, 666); particles trail freely.
    public static IEnumerable<(string? Phrase, ReplyKind Kind, int Piece)> Segments(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pieces = new List<string>();
        foreach (var word in words)
        {
            SplitScripts(word, pieces);
        }

        var i = 0;
        while (i < pieces.Count)
        {
            var piece = pieces[i];
            if (IsLatinPhrase(piece))
            {
                var matched = 0;
                for (var n = Math.Min(MaxLatinWords, pieces.Count - i); n > 0 && matched == 0; n--)
                {
                    var candidate = string.Join(' ', pieces.Skip(i).Take(n));
                    if (pieces.Skip(i).Take(n).All(IsLatinPhrase) && Phrases.TryGetValue(candidate, out var kind))
                    {
                        matched = n;
                        yield return (candidate, kind, i);
                    }
                }

                if (matched == 0)
                {
                    if (piece.All(char.IsAsciiDigit) && !ReplyWords.ChatNumbers.Contains(piece))
                    {
                        yield return (piece, ReplyKind.Filler, i);
                        i++;
                        continue;
                    }

                    yield return (null, ReplyKind.None, i);
                    yield break;
                }

                i += matched;
                continue;
            }

            foreach (var segment in CjkSegments(piece, afterOther: i > 0))
            {
                yield return (segment.Phrase, segment.Kind, i);
                if (segment.Phrase is null)
                {
                    yield break;
                }
            }

            i++;
        }
    }

    private static IEnumerable<(string? Phrase, ReplyKind Kind)> CjkSegments(string run, bool afterOther)
    {
        var at = 0;
        var previous = ReplyKind.None;
        while (at < run.Length)
        {
            var found = 0;
            for (var length = Math.Min(MaxCjkLength, run.Length - at); length > 0; length--)
            {
                if (PhraseSpans.TryGetValue(run.AsSpan(at, length), out var kind))
                {
                    found = length;
                    previous = kind;
                    yield return (run.Substring(at, length), kind);
                    break;
                }
            }

            if (found == 0)
            {
                if (ReplyWords.Particles.Contains(run[at], StringComparison.Ordinal) && (at > 0 || afterOther))
                {
                    yield return (run[at].ToString(), ReplyKind.Filler);
                    found = 1;
                }
                else if (run[at] is '吗' or '么' && at > 0 && previous != ReplyKind.None)
                {
                    // 弄好了吗？ asks back about the answer: neither yes nor no.
                    yield return (run[at].ToString(), ReplyKind.Unsure);
                    found = 1;
                }
                else if (DoneVerb(run, at) is > 0 and var done)
                {
                    // One verb and 好了/完了 says it is done: 提好了, 发完了, 填好啦.
                    previous = ReplyKind.Yes;
                    yield return (run.Substring(at, done), ReplyKind.Yes);
                    found = done;
                }
                else if (previous == ReplyKind.No && ReplyWords.Verbs.Contains(run[at], StringComparison.Ordinal)
                    && (at + 1 == run.Length || ReplyWords.Particles.Contains(run[at + 1], StringComparison.Ordinal)))
                {
                    // 没 or 还没 and one verb says it is not done yet: 还没提, 没发呢.
                    previous = ReplyKind.Filler;
                    yield return (run[at].ToString(), ReplyKind.Filler);
                    found = 1;
                }
                else
                {
                    yield return (null, ReplyKind.None);
                    yield break;
                }
            }

            at += found;
        }
    }

    // The length of "(都) verb + 完 (了)" or "(都) verb + 好了" at this position, or 0 (你好 is no verb + 好).
    private static int DoneVerb(string run, int at)
    {
        var verb = at < run.Length && run[at] is '都' or '全' or '刚' ? at + 1 : at;
        if (verb + 1 >= run.Length || run[verb + 1] is not ('好' or '完') || !TextNormalizer.IsCjk(run[verb]))
        {
            return 0;
        }

        var end = verb + 2;
        while (end < run.Length && run[end] is '了' or '啦')
        {
            end++;
        }

        return run[verb + 1] == '好' && end == verb + 2 ? 0 : end - at;
    }

    // "ok了" and "done啦" glue a Latin word to Chinese: split where the script changes.
    private static void SplitScripts(string word, List<string> pieces)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || TextNormalizer.IsCjk(word[i]) != TextNormalizer.IsCjk(word[i - 1]))
            {
                pieces.Add(word[start..i]);
                start = i;
            }
        }
    }

    private static Dictionary<string, ReplyKind> Build()
    {
        var phrases = new Dictionary<string, ReplyKind>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, ReplyKind kind)
        {
            foreach (var word in words)
            {
                phrases.TryAdd(Key(word), kind);
            }
        }

        // Earlier lists win a tie: "ok" is a yes before it is filler.
        Add(ReplyWords.SoftYes, ReplyKind.Yes);
        Add(ReplyWords.Unsure, ReplyKind.Unsure);
        Add(ReplyWords.GoOnWords, ReplyKind.Unsure);
        Add(ReplyWords.No, ReplyKind.No);
        Add(ReplyWords.Yes, ReplyKind.Yes);
        Add(ReplyWords.Filler, ReplyKind.Filler);
        return phrases;
    }

    // Chinese phrases are compared without spaces; Latin ones keep their spaces between words.
    public static string Key(string phrase)
    {
        var normalized = TextNormalizer.Normalize(phrase);
        return IsLatinPhrase(normalized) ? normalized : normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    public static bool IsLatinPhrase(string text) => text.Length > 0 && !text.Any(TextNormalizer.IsCjk);
}
