using static ShopExit.Knowledge.Matching.ReplyPhrases;

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

    /// <summary>
    /// What the whole reply says when it is made only of these words (yes, no, unsure, filler), or
    /// <see cref="ReplyKind.None"/> when any part of it has content. Yes and a firm no together are
    /// <see cref="ReplyKind.Unsure"/>: the bot should ask, not guess. Asking to go on after a firm
    /// yes or a no (弄好了，然后呢; done, what's next) is that answer: taking it gives what comes next.
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

    /// <summary>
    /// Whether the reply is a yes that reports something done (弄好了, 处理完了, done): the answer to
    /// 已完成 / 还没有, but no answer to 是 / 否 about a state (被封禁了吗？ — 处理完了 is not "yes, banned").
    /// </summary>
    public static bool ReportsDone(string? text) =>
        Classify(text) == ReplyKind.Yes
        && Segments(TextNormalizer.Normalize(text)).Any(s => s.Kind == ReplyKind.Yes && Done.Contains(s.Phrase!));

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
        bool yes = false, softYes = false, no = false, unsure = false, goOn = false, any = false;
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
                case ReplyKind.Unsure when GoOn.Contains(phrase):
                    goOn = true;
                    break;
                case ReplyKind.Unsure:
                    unsure = true;
                    break;
            }
        }

        return !any ? ReplyKind.None
            : unsure || (yes && no) || (goOn && !yes && !no) ? ReplyKind.Unsure
            : no ? ReplyKind.No
            : yes || softYes ? ReplyKind.Yes
            : ReplyKind.Filler;
    }

}
