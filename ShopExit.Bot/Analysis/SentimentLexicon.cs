namespace ShopExit.Bot.Analysis;

/// <summary>
/// The words <see cref="SentimentScorer"/> knows, with weights from -1 (furious) to +1 (delighted).
/// This is knowledge of how merchants write in Chinese and English, not bot content: it changes
/// when we learn a new way people complain, not when an editor rewords an answer.
/// </summary>
/// <remarks>
/// Terms are matched longest first, so a phrase that carries its own negation (不错, 不满意,
/// 没问题, "not bad") wins over the word inside it. A single word right after a negator
/// (不 / 没 / 别, "not" / "never" / "-n't") has its polarity turned around instead.
/// Chinese is matched on simplified characters, English on lower-case words.
/// </remarks>
internal static class SentimentLexicon
{
    /// <summary>Chinese words and phrases and their weight.</summary>
    public static readonly (string Term, double Weight)[] Chinese =
    [
        // Accusations and insults: the merchant has stopped asking and started fighting.
        ("骗子", -1.0), ("骗人", -1.0), ("骗钱", -1.0), ("诈骗", -1.0), ("垃圾", -1.0), ("辣鸡", -0.9),
        ("气死", -1.0), ("坑人", -1.0), ("坑爹", -0.9), ("太坑", -0.9), ("滚", -1.0), ("不要脸", -1.0),
        ("黑心", -0.9), ("流氓", -0.9), ("忽悠", -0.8), ("有病", -0.9), ("妈的", -1.0), ("他妈", -1.0),
        ("恶心", -0.8), ("什么玩意", -0.8),

        // Threats to escalate; a bare 投诉 may be a how-to question (投诉入口在哪), 投诉你们 is not.
        ("投诉你们", -1.0), ("我要投诉", -0.8), ("投诉", -0.3), ("举报", -0.6), ("曝光", -0.6),

        // Contempt for the platform or the service.
        ("什么破", -0.8), ("破平台", -0.8), ("破系统", -0.8), ("太差", -0.8), ("很差", -0.7), ("真差", -0.7),
        ("好差", -0.7), ("差劲", -0.8), ("无语", -0.7), ("离谱", -0.8), ("搞什么", -0.7), ("凭什么", -0.7),
        ("退钱", -0.7), ("太慢", -0.6), ("烦死", -0.8), ("急死", -0.6), ("没用", -0.6), ("没法用", -0.6),
        ("失望", -0.7), ("生气", -0.7), ("愤怒", -0.9), ("不像话", -0.8), ("不靠谱", -0.7), ("不满意", -0.7),
        ("不满", -0.6), ("不好", -0.5), ("不行", -0.3),

        // Words that only look angry: 不好意思 is "excuse me", 滚动 is "scroll".
        ("不好意思", 0), ("滚动", 0), ("不客气", 0.3), ("没关系", 0.2), ("不用谢", 0.2),

        // Negation that is praise or agreement.
        ("不错", 0.6), ("不差", 0.3), ("没问题", 0.3), ("没有问题", 0.3),

        // Thanks and satisfaction; 好的 is mostly "OK, noted", so it weighs little.
        ("谢谢", 0.6), ("谢了", 0.5), ("感谢", 0.7), ("多谢", 0.6), ("辛苦了", 0.5), ("太好了", 0.9), ("太好", 0.8),
        ("很好", 0.6), ("非常好", 0.8), ("满意", 0.7), ("好评", 0.8), ("给力", 0.7), ("靠谱", 0.6), ("棒", 0.7),
        ("赞", 0.6), ("好用", 0.6), ("方便", 0.4), ("开心", 0.6), ("高兴", 0.6), ("解决了", 0.5), ("专业", 0.4),
        ("明白了", 0.2), ("好的", 0.25),
    ];

    /// <summary>English words and phrases (lower case, words separated by one space) and their weight.</summary>
    public static readonly (string Term, double Weight)[] English =
    [
        // Accusations and insults.
        ("scam", -1.0), ("scams", -1.0), ("scammer", -1.0), ("scammers", -1.0), ("fraud", -1.0), ("rip off", -0.9),
        ("ripoff", -0.9), ("cheat", -0.9), ("cheated", -0.9), ("cheaters", -0.9), ("liars", -0.9), ("stupid", -0.8),
        ("idiots", -0.9), ("shut up", -0.9), ("wtf", -0.9), ("what the hell", -0.8), ("damn", -0.6),

        // Contempt for the platform or the service.
        ("worst", -1.0), ("terrible", -0.8), ("horrible", -0.8), ("awful", -0.8), ("ridiculous", -0.7),
        ("useless", -0.8), ("garbage", -0.9), ("rubbish", -0.8), ("trash", -0.8), ("pathetic", -0.8),
        ("unacceptable", -0.8), ("disappointed", -0.6), ("disappointing", -0.6), ("angry", -0.7), ("furious", -0.9),
        ("hate", -0.8), ("sucks", -0.8), ("bad", -0.6), ("poor", -0.4), ("joke", -0.4), ("money back", -0.5),
        ("complaint", -0.5), ("report you", -0.8),

        // Negation that is praise, agreement or a polite refusal.
        ("not bad", 0.5), ("no problem", 0.3), ("no worries", 0.3), ("no thanks", 0.1), ("no thank you", 0.1),

        // Thanks and satisfaction.
        ("thanks", 0.6), ("thank", 0.6), ("thx", 0.5), ("appreciate", 0.6), ("appreciated", 0.6), ("great", 0.7),
        ("good", 0.5), ("excellent", 0.9), ("awesome", 0.8), ("perfect", 0.8), ("wonderful", 0.8), ("amazing", 0.8),
        ("helpful", 0.6), ("nice", 0.5), ("love", 0.6), ("happy", 0.6), ("satisfied", 0.6), ("resolved", 0.4),
        ("solved", 0.4),
    ];

    /// <summary>Characters that turn the polarity of the Chinese word after them around (不太满意, 没生气).</summary>
    public const string ChineseNegators = "不没别无未";

    /// <summary>
    /// Degree and filler words that may stand between a negator and its word (不太满意, 不是很满意).
    /// 非常 is listed whole so that its 非 is never read as a negator.
    /// </summary>
    public static readonly string[] ChineseDegreeWords =
    [
        "非常", "十分", "特别", "那么", "怎么", "很", "太", "是", "够", "算", "大", "再", "也", "都", "还", "真", "有",
    ];

    /// <summary>English words that turn the polarity of a word up to four words later around; any word ending in n't does too.</summary>
    public static readonly HashSet<string> EnglishNegators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "dont", "hardly", "nothing", "without", "cannot", "nor", "neither",
    };

    /// <summary>Where a message turns (谢谢，但是…): what follows counts more than what came before.</summary>
    public static readonly string[] ChineseContrast = ["但是", "但", "可是", "不过", "然而"];

    /// <summary>The English words that turn a message.</summary>
    public static readonly HashSet<string> EnglishContrast = new(StringComparer.Ordinal) { "but", "however" };

    /// <summary>Chinese words that ask for speed; the non-urgent phrases (weight false) are matched first.</summary>
    public static readonly (string Term, bool Urgent)[] ChineseUrgency =
    [
        ("十万火急", true), ("今天必须", true), ("今天之内", true), ("马上", true), ("赶紧", true), ("赶快", true),
        ("立刻", true), ("立即", true), ("尽快", true), ("快点", true), ("等不及", true), ("等不了", true), ("急", true),
        ("不急", false), ("不着急", false), ("不用急", false), ("别急", false), ("不用着急", false), ("不赶时间", false),
    ];

    /// <summary>English words and phrases that ask for speed; a negator before them ("no rush") cancels them.</summary>
    public static readonly string[] EnglishUrgency =
    [
        "urgent", "urgently", "asap", "immediately", "emergency", "hurry", "rush", "right now", "right away",
        "as soon as possible", "time sensitive",
    ];
}
