namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The words of replies that carry no topic: yes and no (是的, 弄好了, 还没弄, not yet), not
/// knowing (不清楚, 啥, what), and filler (哦, 收到, 哈哈, 666, got it). A reply made only of them
/// is content-free: it answers the bot's question when there is one, and means nothing without
/// one, so the matcher must never read a topic into it (没有 is not a question about 有没有真人).
/// Language knowledge, not content, so it lives in code; greetings, thanks and goodbyes are
/// deliberately absent (small talk is content and keeps its replies).
/// </summary>
public static class ReplyLexicon
{
    // Acknowledgements that may come before the real answer: "好的，没有" is a no, not a conflict.
    private static readonly string[] SoftYes = ["嗯", "嗯嗯", "恩", "恩恩", "好", "好的", "好吧", "对", "ok", "okay", "hmm yes"];

    private static readonly string[] Yes =
    [
        "是", "是的", "是滴", "没有问题", "是啊", "是呀", "对的", "对啊", "对呀", "对对", "对对对", "没错", "正确", "有", "有的", "有啊", "有呢", "有过",
        "要", "要的", "需要", "确认", "确定", "同意", "可以", "可以的", "行", "行的", "好滴", "好啊", "好呀", "好嘞", "没问题", "当然",
        "完成", "完成了", "已完成", "都完成了", "全部完成", "搞定", "搞定了", "弄好了", "弄好", "弄完了", "好了", "都好了", "做好了", "办好了",
        "处理好了", "处理完了", "处理完", "都处理好了", "都处理完了", "已处理", "已经", "已经好了", "已经弄好了", "已经完成了", "已经处理了",
        "已经处理好了", "已经处理完了", "已经提交了", "提交了", "已提交", "交了", "申请了", "已申请", "提现了", "已提现", "都提现了",
        "备份了", "已备份", "备份好了", "到账了", "已到账", "收到了",
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "done", "correct", "right", "of course", "i have", "i did", "i do", "finished",
        "ready", "all done", "already", "already done", "submitted", "yes please", "yes i have", "yes i did", "absolutely", "definitely",
    ];

    private static readonly string[] No =
    [
        "不", "不是", "不是的", "不对", "否", "没", "没有", "没有呢", "没呢", "没有的", "还没", "还没有", "还没呢", "还没弄", "还没做", "还没好",
        "还没处理", "还没提交", "还没申请", "还没提现", "还没备份", "还没弄好", "还没完成", "没弄", "没做", "没弄好", "没完成", "未完成", "未",
        "没提交", "没申请", "没提现", "没备份", "还没来得及", "没来得及", "不用", "不用了", "不要", "不要了", "不需要", "不行", "不可以",
        "不了", "没到账", "还没到账", "未到账",
        "no", "n", "nope", "nah", "not yet", "not", "no thanks", "no thank you", "havent", "haven t", "i haven t", "i have not", "not really",
        "negative", "didn t", "i didn t", "not done", "not yet done",
    ];

    private static readonly string[] Unsure =
    [
        "不知道", "不清楚", "不确定", "不懂", "不太懂", "不太清楚", "不记得", "不记得了", "忘了", "忘记了", "没看到", "看不懂", "不晓得",
        "不明白", "没明白", "没懂", "搞不清", "搞不清楚", "说不清", "什么意思", "啥意思", "什么", "啥", "啥呀", "什么呀", "为什么", "为啥",
        "怎么", "怎么了", "怎么办", "咋办", "咋整", "咋了", "然后呢", "然后", "是吗", "对吗", "真的吗", "有吗", "好吗", "行吗", "可以吗",
        "是不是", "对不对", "有没有", "要不要", "行不行", "可不可以", "好不好", "随便", "都行", "无所谓", "不一定", "不好说", "看情况",
        "not sure", "dont know", "don t know", "i don t know", "i dont know", "idk", "what", "huh", "maybe", "perhaps", "no idea", "unsure",
        "dunno", "why", "how", "what do you mean", "what do you mean by that", "what does that mean", "what does this mean", "meaning", "whatever", "i m not sure", "not sure yet",
    ];

    private static readonly string[] Filler =
    [
        "哦", "噢", "喔", "哦哦", "额", "呃", "唉", "哎", "诶", "欸", "啊", "嗯哼", "哈", "哈哈", "呵呵", "嘿嘿", "嘻嘻", "嘿", "那个", "这个",
        "就是", "就是那个", "请问", "我想问", "我想问一下", "问一下", "问个问题", "咨询一下", "咨询", "我有个问题", "有个问题", "有个事",
        "我有问题", "我有一个问题", "有一个问题", "问一个问题", "想问个问题", "我想咨询",
        "收到", "明白", "明白了", "知道了", "知道", "懂了", "了解", "了解了", "好的呢", "可能", "大概", "应该", "也许", "或许",
        "测试", "试试", "在线", "呢", "我", "我也", "也",
        "ok", "okay", "okk", "k", "kk", "got it", "i see", "understood", "cool", "fine", "alright", "noted", "lol", "haha", "hmm", "hm",
        "um", "uh", "ah", "oh", "test", "testing", "well", "so", "and", "then", "hmm ok", "emm", "emmm", "em",
    ];

    // The yes of agreeing to an offer (要, 好的, yes please), as against reporting something done
    // (弄好了, 已提交): "弄好了" does not accept "shall I put you through to a human?".
    private static readonly HashSet<string> Agreement = new(new[]
    {
        "是", "是的", "是滴", "是啊", "是呀", "对的", "对啊", "对呀", "对对", "没错", "要", "要的", "需要", "确认", "确定", "同意", "可以", "可以的",
        "行", "行的", "好滴", "好啊", "好呀", "好嘞", "没问题", "没有问题", "当然",
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "of course", "yes please", "absolutely", "definitely",
    }.Concat(SoftYes).Select(Key), StringComparer.Ordinal);

    // Not knowing the answer (不清楚), as against asking what the question means (啥？, what?).
    private static readonly HashSet<string> NotKnowing = new(new[]
    {
        "不知道", "不清楚", "不确定", "不太清楚", "不记得", "不记得了", "忘了", "忘记了", "没看到", "不晓得", "搞不清", "搞不清楚", "说不清",
        "不一定", "不好说", "看情况", "not sure", "dont know", "don t know", "i don t know", "i dont know", "idk", "no idea", "unsure", "dunno",
        "i m not sure", "not sure yet", "maybe", "perhaps",
    }.Select(Key), StringComparer.Ordinal);

    // Numbers that are words in Chinese chat (88 and 886 say bye-bye): small talk, not filler.
    private static readonly HashSet<string> ChatNumbers = new(StringComparer.Ordinal) { "88", "886", "8888", "88888" };

    // One-character verbs of the walkthroughs' tasks: 还没提 (withdraw), 没发 (ship), 没交 (submit).
    private const string Verbs = "提发交填弄做办备删改退看查试点传清处收申";

    // Grammar particles that may trail any of the above (好了呀, 没有啦).
    private const string Particles = "的了呢吧啊呀哦嘛啦哈呗么哟喔噢额呃嗯";

    private static readonly Dictionary<string, ReplyKind> Phrases = Build();

    // Lookups by span: the matcher asks for every message, and a substring per try would add up.
    private static readonly Dictionary<string, ReplyKind>.AlternateLookup<ReadOnlySpan<char>> PhraseSpans = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    // The first word of every Latin phrase ("not" of "not yet", "got" of "got it").
    private static readonly HashSet<string> LatinFirstWords = new(Phrases.Keys.Where(IsLatinPhrase).Select(k => k.Split(' ')[0]), StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinFirstWordSpans = LatinFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> SoftYesSet = new(SoftYes.Select(Key), StringComparer.Ordinal);
    private static readonly int MaxCjkLength = Phrases.Keys.Where(k => !IsLatinPhrase(k)).Max(k => k.Length);
    private static readonly int MaxLatinWords = Phrases.Keys.Where(IsLatinPhrase).Max(k => k.Split(' ').Length);

    /// <summary>
    /// What the whole reply says when it is made only of these words (yes, no, unsure, filler), or
    /// <see cref="ReplyKind.None"/> when any part of it has content. Yes and a firm no together are
    /// <see cref="ReplyKind.Unsure"/>: the bot should ask, not guess.
    /// </summary>
    public static ReplyKind Classify(string? text) => Classify(Segments(TextNormalizer.Normalize(text)));

    /// <summary>Like <see cref="Classify(string?)"/>, for text normalised already (the matcher normalises once).</summary>
    internal static ReplyKind ClassifyNormalized(string normalized) =>
        StartsWithLexiconWord(normalized) ? Classify(Segments(normalized)) : ReplyKind.None;

    // Most messages are questions whose first word is no yes/no/filler: say so without splitting them.
    private static bool StartsWithLexiconWord(string normalized)
    {
        var text = normalized.AsSpan().TrimStart(' ');
        if (text.Length == 0)
        {
            return false;
        }

        if (TextNormalizer.IsCjk(text[0]))
        {
            var run = 1;
            while (run < text.Length && run < MaxCjkLength && TextNormalizer.IsCjk(text[run]))
            {
                run++;
            }

            for (var length = run; length > 0; length--)
            {
                if (PhraseSpans.ContainsKey(text[..length]))
                {
                    return true;
                }
            }

            return false;
        }

        var end = 0;
        while (end < text.Length && text[end] != ' ' && !TextNormalizer.IsCjk(text[end]))
        {
            end++;
        }

        var word = text[..end];
        return word.IndexOfAnyExceptInRange('0', '9') < 0 || LatinFirstWordSpans.Contains(word);
    }

    /// <summary>
    /// Whether the whole reply agrees to an offer (要, 好的, 可以, yes please): a yes made only of
    /// words of agreement, not a report that something is done (弄好了, 已提交).
    /// </summary>
    /// <param name="text">The reply.</param>
    /// <param name="firmly">
    /// Whether a mere acknowledgement (嗯, 好的, ok) is not enough: after an answer that only shows
    /// related questions, 好的 says "understood", while 要 or yes asks for more.
    /// </param>
    public static bool Agrees(string? text, bool firmly = false)
    {
        if (Classify(text) != ReplyKind.Yes)
        {
            return false;
        }

        var yes = Segments(TextNormalizer.Normalize(text)).Where(s => s.Kind == ReplyKind.Yes).Select(s => s.Phrase!).ToList();
        return yes.All(Agreement.Contains) && (!firmly || yes.Any(p => !SoftYesSet.Contains(p)));
    }

    /// <summary>Whether the reply says the merchant does not know the answer (不清楚, 不确定, not sure), rather than asking what the question means (啥？, what?).</summary>
    public static bool SaysNotKnowing(string? text) =>
        Classify(text) == ReplyKind.Unsure && Segments(TextNormalizer.Normalize(text)).Any(s => s.Phrase is not null && NotKnowing.Contains(s.Phrase));

    /// <summary>
    /// Normalised text without the acknowledgements in front of it ("ok thanks" → "thanks",
    /// "好的谢谢" → "谢谢", "嗯 再见" → "再见"), or null when it does not start with one or is
    /// nothing else.
    /// </summary>
    internal static string? AfterAcknowledgement(string normalized)
    {
        var at = 0;
        while (at < normalized.Length)
        {
            while (at < normalized.Length && normalized[at] == ' ')
            {
                at++;
            }

            var length = AcknowledgementAt(normalized, at);
            if (length == 0)
            {
                break;
            }

            at += length;
        }

        var rest = normalized[at..].Trim();
        return at > 0 && rest.Length > 0 ? rest : null;
    }

    // The length of a soft yes or filler phrase at this position (the longest), or 0.
    private static int AcknowledgementAt(string text, int at)
    {
        if (at >= text.Length)
        {
            return 0;
        }

        if (TextNormalizer.IsCjk(text[at]))
        {
            for (var length = Math.Min(MaxCjkLength, text.Length - at); length > 0; length--)
            {
                if (PhraseSpans.TryGetValue(text.AsSpan(at, length), out var kind) && IsAcknowledgement(text.Substring(at, length), kind))
                {
                    return length;
                }
            }

            return 0;
        }

        var end = at;
        while (end < text.Length && text[end] != ' ' && !TextNormalizer.IsCjk(text[end]))
        {
            end++;
        }

        return PhraseSpans.TryGetValue(text.AsSpan(at, end - at), out var wordKind) && IsAcknowledgement(text[at..end], wordKind) ? end - at : 0;
    }

    // 我 and 也 are filler in a reply (我也不知道) but the start of a sentence after an ok (好的 我要注销).
    private static bool IsAcknowledgement(string phrase, ReplyKind kind) =>
        (kind == ReplyKind.Filler && phrase is not ("我" or "我也" or "也")) || SoftYesSet.Contains(phrase);

    /// <summary>Whether the reply carries no topic at all (empty, punctuation, or only these words).</summary>
    public static bool IsContentFree(string? text) =>
        TextNormalizer.Normalize(text).Length == 0 || Classify(text) != ReplyKind.None;

    /// <summary>
    /// The yes, no or unsure a reply starts with ("还没有，我先去处理一下" starts with a no), skipping
    /// filler and acknowledgements (好的，…) before it; <see cref="ReplyKind.None"/> when content
    /// comes first.
    /// </summary>
    public static ReplyKind Leading(string? text)
    {
        // The answer must be a clause of its own ("还没有，我先去…"): in "我要注销店铺" 要 is a verb.
        (ReplyKind Kind, int Piece)? found = null;
        foreach (var (phrase, kind, piece) in Segments(TextNormalizer.Normalize(text)))
        {
            if (found is { } answer)
            {
                return piece != answer.Piece ? answer.Kind : ReplyKind.None;
            }

            if (phrase is null)
            {
                return ReplyKind.None;
            }

            if (kind is not ReplyKind.Filler && !SoftYesSet.Contains(phrase))
            {
                found = (kind, piece);
            }
        }

        return found?.Kind ?? ReplyKind.None;
    }

    private static ReplyKind Classify(IEnumerable<(string? Phrase, ReplyKind Kind, int Piece)> segments)
    {
        bool yes = false, softYes = false, no = false, unsure = false, any = false;
        (ReplyKind Kind, int Piece) previous = (ReplyKind.None, -1);
        foreach (var (phrase, found, piece) in segments)
        {
            if (phrase is null)
            {
                return ReplyKind.None;
            }

            // A no written straight before a yes negates it: 还没处理完, 没弄好, 没有提交.
            var kind = found == ReplyKind.Yes && previous == (ReplyKind.No, piece) ? ReplyKind.No : found;
            previous = (kind, piece);
            any = true;
            switch (kind)
            {
                case ReplyKind.Yes when SoftYesSet.Contains(phrase):
                    softYes = true;
                    break;
                case ReplyKind.Yes:
                    yes = true;
                    break;
                case ReplyKind.No:
                    no = true;
                    break;
                case ReplyKind.Unsure:
                    unsure = true;
                    break;
            }
        }

        return !any ? ReplyKind.None
            : unsure || (yes && no) ? ReplyKind.Unsure
            : no ? ReplyKind.No
            : yes || softYes ? ReplyKind.Yes
            : ReplyKind.Filler;
    }

    // The reply as lexicon phrases, longest first from left to right; a part no phrase covers is
    // yielded as (null, None) and ends the walk. Digits are filler (1, 666); particles trail freely.
    private static IEnumerable<(string? Phrase, ReplyKind Kind, int Piece)> Segments(string normalized)
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
                    if (piece.All(char.IsAsciiDigit) && !ChatNumbers.Contains(piece))
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
                if (Particles.Contains(run[at], StringComparison.Ordinal) && (at > 0 || afterOther))
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
                else if (previous == ReplyKind.No && Verbs.Contains(run[at], StringComparison.Ordinal)
                    && (at + 1 == run.Length || Particles.Contains(run[at + 1], StringComparison.Ordinal)))
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
        Add(SoftYes, ReplyKind.Yes);
        Add(Unsure, ReplyKind.Unsure);
        Add(No, ReplyKind.No);
        Add(Yes, ReplyKind.Yes);
        Add(Filler, ReplyKind.Filler);
        return phrases;
    }

    // Chinese phrases are compared without spaces; Latin ones keep their spaces between words.
    private static string Key(string phrase)
    {
        var normalized = TextNormalizer.Normalize(phrase);
        return IsLatinPhrase(normalized) ? normalized : normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static bool IsLatinPhrase(string text) => text.Length > 0 && !text.Any(TextNormalizer.IsCjk);
}
