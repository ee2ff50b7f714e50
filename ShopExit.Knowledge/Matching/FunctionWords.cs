namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Words that carry grammar, not topic (的, 吗, 一下; the, my, please). They still count, but
/// little: "tell me a joke" must not look like an FAQ question for sharing "me" and "a", and
/// "我想问一下" must not make a real question look off-topic. Question words (什么, 为什么, why,
/// how) and negation (不, 没, not) are deliberately absent: "什么是仅退款" and "仅退款怎么处理"
/// differ exactly there. Language knowledge, not content, so it lives in code.
/// </summary>
internal static class FunctionWords
{
    public static readonly HashSet<string> Chinese = new(StringComparer.Ordinal)
    {
        "的", "了", "吗", "呢", "吧", "啊", "呀", "哦", "嘛", "么", "呗", "啦", "哈", "嗯", "我", "你", "他", "她", "它", "们",
        "是", "在", "有", "就", "都", "也", "还", "要", "想", "能", "会", "可", "以", "该", "把", "被", "给", "跟",
        "和", "与", "或", "这", "那", "个", "些", "一", "下", "上", "请", "问",
        "请问", "问一", "一下", "我想", "想问", "我的", "你们", "那个", "这个", "可以", "我们", "他们", "一个", "就是", "还是",
    };

    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "me", "my", "mine", "we", "our", "you", "your", "it", "its", "he", "she", "they", "them", "their",
        "is", "am", "are", "was", "were", "be", "been", "do", "does", "did", "done", "have", "has", "had", "can", "could", "will",
        "would", "should", "shall", "may", "might", "must", "to", "of", "in", "on", "at", "for", "from", "with", "by", "about",
        "into", "and", "or", "but", "if", "so", "that", "this", "these", "those", "there", "here", "any", "some", "please",
        "hey", "just", "get", "got", "s", "m", "re", "ve", "ll", "d", "all", "up", "out", "as", "than", "then", "too", "very",
        "much", "also", "um", "uh", "like", "guys",
    };

    /// <summary>The single characters of <see cref="Chinese"/>.</summary>
    public static readonly HashSet<char> ChineseCharacters = [.. Chinese.Where(w => w.Length == 1).Select(w => w[0])];

    // The stems, since prepared text is stemmed ("does" is "doe" there).
    private static readonly HashSet<string> EnglishStems = new(English.Select(w => EnglishStemmer.Stem(w).ToString()), StringComparer.Ordinal);

    /// <summary>Whether a stemmed Latin word of prepared text is a function word.</summary>
    public static bool IsEnglish(string stemmed) => EnglishStems.Contains(stemmed);
}
