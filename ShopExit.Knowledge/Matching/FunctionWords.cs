namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Words that carry grammar, not topic (怎么, 吗, 的; how, do, my). They still count, but little:
/// "how do I" must not make a joke look like an FAQ question, and "我想问一下" must not make a
/// real question look off-topic. Language knowledge, not content, so it lives in code.
/// </summary>
internal static class FunctionWords
{
    public static readonly HashSet<string> Chinese = new(StringComparer.Ordinal)
    {
        "的", "了", "吗", "呢", "吧", "啊", "呀", "哦", "嘛", "么", "呗", "啦", "哈", "嗯", "我", "你", "他", "她", "它", "们",
        "是", "在", "有", "不", "没", "就", "都", "也", "还", "要", "想", "能", "会", "可", "以", "该", "把", "被", "给", "跟",
        "和", "与", "或", "这", "那", "个", "些", "什", "怎", "咋", "啥", "哪", "谁", "一", "下", "上", "请", "问",
        "怎么", "什么", "怎样", "如何", "咋办", "请问", "问一", "一下", "我想", "想问", "我的", "你们",
        "那个", "这个", "可以", "能不", "不能", "是不", "不是", "有没", "没有", "还是", "就是", "我们", "他们", "一个", "要是",
    };

    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "me", "my", "mine", "we", "our", "you", "your", "it", "its", "he", "she", "they", "them", "their",
        "is", "am", "are", "was", "were", "be", "been", "do", "doe", "did", "done", "have", "ha", "had", "can", "could", "will",
        "would", "should", "shall", "may", "might", "must", "to", "of", "in", "on", "at", "for", "from", "with", "by", "about",
        "into", "after", "before", "and", "or", "but", "if", "so", "that", "this", "these", "those", "there", "here", "what",
        "how", "why", "when", "where", "which", "who", "whom", "any", "some", "please", "hi", "hey", "just", "still", "get", "got",
        "s", "t", "m", "re", "ve", "ll", "d", "don", "doesn", "isn", "aren", "can't", "not", "no", "yes", "all", "up", "out",
        "as", "than", "then", "too", "very", "much", "many", "one", "also",
    };
}
