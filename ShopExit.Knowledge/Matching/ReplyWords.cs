namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The words of <see cref="ReplyLexicon"/>, as editors of language knowledge read them: yes, no,
/// not knowing, filler, and the smaller lists that tell agreement from a report of done. Add a
/// word here with a test in ReplyLexiconTests; the lexicon normalises them once.
/// </summary>
internal static class ReplyWords
{
    // Acknowledgements that may come before the real answer: "好的，没有" is a no, not a conflict.
    public static readonly string[] SoftYes = ["嗯", "嗯嗯", "恩", "恩恩", "好", "好的", "好吧", "对", "ok", "okay", "hmm yes"];

    public static readonly string[] Yes =
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

    public static readonly string[] No =
    [
        "不", "不是", "不是的", "不对", "否", "没", "没有", "没有呢", "没呢", "没有的", "还没", "还没有", "还没呢", "还没弄", "还没做", "还没好",
        "还没处理", "还没提交", "还没申请", "还没提现", "还没备份", "还没弄好", "还没完成", "没弄", "没做", "没弄好", "没完成", "未完成", "未",
        "没提交", "没申请", "没提现", "没备份", "还没来得及", "没来得及", "不用", "不用了", "不要", "不要了", "不需要", "不行", "不可以",
        "不了", "没到账", "还没到账", "未到账", "木有", "木有呢", "米有", "没得", "无",
        "no", "n", "nope", "nah", "not yet", "not", "no thanks", "no thank you", "havent", "haven t", "i haven t", "i have not", "not really",
        "negative", "didn t", "i didn t", "not done", "not yet done",
    ];

    public static readonly string[] Unsure =
    [
        "不知道", "不清楚", "不确定", "不懂", "不太懂", "不太清楚", "不记得", "不记得了", "忘了", "忘记了", "没看到", "看不懂", "不晓得",
        "不明白", "没明白", "没懂", "搞不清", "搞不清楚", "说不清", "什么意思", "啥意思", "什么", "啥", "啥呀", "什么呀", "为什么", "为啥",
        "怎么", "怎么了", "怎么办", "咋办", "咋整", "咋了", "是吗", "对吗", "真的吗", "有吗", "好吗", "行吗", "可以吗",
        "是不是", "对不对", "有没有", "要不要", "行不行", "可不可以", "好不好", "随便", "都行", "无所谓", "不一定", "不好说", "看情况",
        "not sure", "dont know", "don t know", "i don t know", "i dont know", "idk", "what", "huh", "maybe", "perhaps", "no idea", "unsure",
        "dunno", "why", "how", "what do you mean", "what do you mean by that", "what does that mean", "what does this mean", "meaning", "whatever", "i m not sure", "not sure yet",
    ];

    public static readonly string[] Filler =
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
    public static readonly string[] AgreementWords =
    [
        "是", "是的", "是滴", "是啊", "是呀", "对的", "对啊", "对呀", "对对", "没错", "要", "要的", "需要", "确认", "确定", "同意", "可以", "可以的",
        "行", "行的", "好滴", "好啊", "好呀", "好嘞", "没问题", "没有问题", "当然",
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "of course", "yes please", "absolutely", "definitely",
    ];

    // Reports that something is done (弄好了, 已提交, 处理完了), as against a plain yes (是, 有, 对): the
    // answer to 已完成/还没有, not to a 是/否 question about a state (被封禁了吗？).
    public static readonly string[] DoneWords =
    [
        "完成", "完成了", "已完成", "都完成了", "全部完成", "搞定", "搞定了", "弄好了", "弄好", "弄完了", "好了", "都好了", "做好了", "办好了",
        "处理好了", "处理完了", "处理完", "都处理好了", "都处理完了", "已处理", "已经好了", "已经弄好了", "已经完成了", "已经处理了",
        "已经处理好了", "已经处理完了", "已经提交了", "提交了", "已提交", "交了", "申请了", "已申请", "提现了", "已提现", "都提现了",
        "备份了", "已备份", "备份好了", "到账了", "已到账", "收到了",
        "done", "finished", "all done", "already done", "submitted",
    ];

    // Asking to go on (然后呢, what's next): unsure on its own (the lexicon reads them as unsure), but after a done or a not yet
    // (弄好了，然后呢; 还没有，然后呢) it only asks for what comes next, which taking that answer gives.
    public static readonly string[] GoOnWords =
    [
        "然后呢", "然后", "然后怎么办", "下一步", "下一步呢", "下一步怎么办", "下一步怎么做", "接下来", "接下来呢", "接下来怎么办", "接下来怎么做",
        "what s next", "whats next", "what next", "then what", "now what", "what now", "and then", "next", "next step", "what s the next step",
    ];

    // Not knowing the answer (不清楚), as against asking what the question means (啥？, what?).
    public static readonly string[] NotKnowingWords =
    [
        "不知道", "不清楚", "不确定", "不太清楚", "不记得", "不记得了", "忘了", "忘记了", "没看到", "不晓得", "搞不清", "搞不清楚", "说不清",
        "不一定", "不好说", "看情况", "not sure", "dont know", "don t know", "i don t know", "i dont know", "idk", "no idea", "unsure", "dunno",
        "i m not sure", "not sure yet", "maybe", "perhaps",
    ];

    // Numbers that are words in Chinese chat (88 and 886 say bye-bye): small talk, not filler.
    public static readonly HashSet<string> ChatNumbers = new(StringComparer.Ordinal) { "88", "886", "8888", "88888" };

    // One-character verbs of the walkthroughs' tasks: 还没提 (withdraw), 没发 (ship), 没交 (submit).
    public const string Verbs = "提发交填弄做办备删改退看查试点传清处收申";

    // Grammar particles that may trail any of the above (好了呀, 没有啦).
    public const string Particles = "的了呢吧啊呀哦嘛啦哈呗么哟喔噢额呃嗯";
}
