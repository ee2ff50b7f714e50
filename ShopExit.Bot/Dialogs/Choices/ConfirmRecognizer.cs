using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Choices;

/// <summary>
/// Reads yes or no from a reply in zh-CN or English (是/好的/对/嗯/可以/没问题/完成了 vs
/// 不/没有/不用/不是/还没; yes/ok/done vs no/not yet). Phrases are tried longest first, so
/// 没问题 is a yes although it starts with 没, and 不是 is a no although it contains 是. Inside a
/// longer reply only phrases of two or more characters count.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly (string Phrase, bool Value)[] Phrases = Build();

    /// <summary>True for yes, false for no, null when the reply says neither.</summary>
    public static bool? Recognize(string? text)
    {
        var reply = TextNormalizer.Normalize(text);
        if (reply.Length == 0)
        {
            return null;
        }

        var compact = reply.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var (phrase, value) in Phrases)
        {
            if (compact == phrase || reply == phrase)
            {
                return value;
            }
        }

        // A longer reply ("好的，已经处理完了"): the earliest phrase wins, the longest at one position.
        // Single characters (嗯, 要, 是, 不) only count as the whole reply: inside a sentence they are
        // hesitation or grammar ("嗯……怎么说呢", "我要注销店铺"). Latin phrases must be whole words.
        var padded = $" {reply} ";
        (int Position, int Length, bool Value)? found = null;
        foreach (var (phrase, value) in Phrases.Where(p => p.Phrase.Length > 1))
        {
            var position = IsLatin(phrase)
                ? padded.IndexOf($" {phrase} ", StringComparison.Ordinal)
                : compact.IndexOf(phrase, StringComparison.Ordinal);
            if (position >= 0 && (found is null || position < found.Value.Position || (position == found.Value.Position && phrase.Length > found.Value.Length)))
            {
                found = (position, phrase.Length, value);
            }
        }

        return found?.Value;
    }

    private static (string, bool)[] Build()
    {
        string[] yes =
        [
            "是", "是的", "对", "对的", "对啊", "好", "好的", "好滴", "嗯", "嗯嗯", "恩", "可以", "行", "行的", "没问题", "有", "有的", "要",
            "需要", "确认", "确定", "同意", "完成了", "完成", "已完成", "搞定了", "搞定", "弄好了", "处理好了", "处理完了", "已经", "当然",
            "ok", "okay", "yes", "y", "yeah", "yep", "yup", "sure", "done", "correct", "right", "of course", "i have", "finished", "ready",
        ];
        string[] no =
        [
            "不", "不是", "不对", "否", "没", "没有", "不用", "不要", "不需要", "不行", "不可以", "还没", "还没有", "没呢", "未", "未完成",
            "算了", "不了", "不确定", "取消",
            "no", "n", "nope", "nah", "not yet", "not", "havent", "haven t", "don t", "dont", "negative",
        ];
        return yes.Select(p => (Key(p), true))
            .Concat(no.Select(p => (Key(p), false)))
            .OrderByDescending(p => p.Item1.Length)
            .ToArray();
    }

    // Chinese phrases are compared without spaces; Latin ones keep their spaces between words.
    private static string Key(string phrase)
    {
        var normalized = TextNormalizer.Normalize(phrase);
        return IsLatin(normalized) ? normalized : normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static bool IsLatin(string phrase) => phrase.All(c => c is >= 'a' and <= 'z' or ' ');
}
