



namespace ShopExit.Bot.Dialogs.Choices;

/// <summary>
/// Whether a message asks something: a question mark, a question particle at the end (吗, 呢),
/// or a question word (怎么, 为什么, 多久, how, why). A reply to the bot's question that also asks
/// one ("已经提交了，多久能到账？") is answered as a question before the step is asked again.
/// </summary>
public static class QuestionCues
{
    private static readonly string[] ChineseWords =
    [
        "怎么", "怎样", "如何", "为什么", "为啥", "什么", "啥", "多久", "多长", "几天", "哪里", "哪儿", "在哪", "哪个", "能不能", "可不可以",
        "会不会", "是不是", "有没有", "要不要", "咋", "多少", "何时", "什么时候", "吗", "么",
    ];

    private static readonly string[] EnglishWords =
    [
        "how", "why", "what", "when", "where", "which", "who", "can i", "could i", "should i", "do i", "is it", "is my", "will i",
        "will my", "does", "can you", "is there",
    ];

    /// <summary>Whether <paramref name="text"/> reads as a question.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.Contains('?', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal))
        {
            return true;
        }

        var trimmed = text.TrimEnd(' ', '。', '.', '!', '！', '~', '～');
        if (trimmed.EndsWith('呢') || trimmed.EndsWith('吗'))
        {
            return true;
        }

        if (ChineseWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        var padded = " " + new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()) + " ";
        return EnglishWords.Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal));
    }
}
