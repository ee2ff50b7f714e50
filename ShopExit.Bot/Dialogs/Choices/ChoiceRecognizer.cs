using System.Collections.Concurrent;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Choices;

/// <summary>
/// Finds which choice a reply names, in zh-CN and English: the choice text or a synonym (exact,
/// or contained in a longer reply), or an ordinal (1, 第一个, 第2项, 二, first, the second one,
/// 最后一个, last). Microsoft.Recognizers.Text is not available here, so this is ours.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] ChineseDigits = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private const int NormalTermsLimit = 4096;
    private static readonly ConcurrentDictionary<string, string> NormalTerms = new(StringComparer.Ordinal);
    private static readonly string[] EnglishOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>The choice named by <paramref name="text"/>, or null.</summary>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var reply = TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (reply.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var best = (Index: -1, Score: 0.0);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            Consider(i, choice.Value);
            Consider(i, choice.Display);
            foreach (var synonym in choice.Synonyms ?? [])
            {
                Consider(i, synonym);
            }
        }

        if (best.Index >= 0)
        {
            return new FoundChoice(choices[best.Index].Value, best.Index, Math.Round(best.Score, 3));
        }

        return Ordinal(reply, choices.Count) is { } index ? new FoundChoice(choices[index].Value, index, 1.0) : null;

        // A term met twice scores the same twice: the first choice with the best score wins.
        void Consider(int index, string? text)
        {
            var term = Term(text);
            var score = term.Length == 0 ? 0
                : reply == term ? 1.0
                : reply.Contains(term, StringComparison.Ordinal) ? 0.6 + (0.3 * term.Length / reply.Length)
                : term.Contains(reply, StringComparison.Ordinal) && reply.Length >= 2 ? 0.5 * reply.Length / term.Length
                : 0;
            if (score > best.Score)
            {
                best = (index, score);
            }
        }
    }

    // Choices are the bot's own button texts and their synonyms, the same few hundred strings on
    // every turn: their normal form is kept instead of being computed again for each reply (up to
    // a bound, in case a choice ever carries text of the moment).
    private static string Term(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (NormalTerms.TryGetValue(text, out var term))
        {
            return term;
        }

        term = TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (NormalTerms.Count < NormalTermsLimit)
        {
            NormalTerms.TryAdd(text, term);
        }

        return term;
    }

    private static int? Ordinal(string reply, int count)
    {
        if (reply is "最后一个" or "最后一项" or "最后" or "last" or "thelastone" or "lastone")
        {
            return count - 1;
        }

        var core = reply;
        foreach (var prefix in new[] { "选第", "第", "选", "the", "option", "number", "no" })
        {
            if (core.StartsWith(prefix, StringComparison.Ordinal) && core.Length > prefix.Length)
            {
                core = core[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in new[] { "个", "项", "条", "种", "one", "option" })
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal) && core.Length > suffix.Length)
            {
                core = core[..^suffix.Length];
                break;
            }
        }

        int? index = int.TryParse(core, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n - 1
            : Array.IndexOf(ChineseDigits, core) is >= 0 and var zh ? zh
            : Array.IndexOf(EnglishOrdinals, core) is >= 0 and var en ? en
            : null;
        return index is { } i && i >= 0 && i < count ? i : null;
    }
}
