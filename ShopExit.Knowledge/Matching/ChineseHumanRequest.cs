using System.Buffers;

namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The Chinese half of <see cref="HumanRequestDetector"/>. It reads the message without spaces
/// (人工 人工 is 人工人工) and looks at each word for a person: 人工, 真人 and 活人 ask for one on
/// their own unless the message asks what the bot is (你是真人吗) or means something else (人工审核);
/// 客服, 经理, 负责人 need a request verb before them (找客服, 叫你们经理) or a message that is only
/// the request (你们负责人呢). A verb does not count when it is negated (不用转人工), in the past
/// (联系过客服), or asked about (要联系客服吗, 是不是要找客服), nor when the person is someone
/// else's (联系平台客服, 抖音客服).
/// </summary>
internal static class ChineseHumanRequest
{
    // Homophones and one-key slips of the pinyin input method: rén gōng, zhēn rén.
    private static readonly (string Typo, string Word)[] Homophones =
    [
        ("人宫", "人工"), ("人攻", "人工"), ("人公", "人工"), ("人功", "人工"), ("仁工", "人工"), ("仁宫", "人工"), ("认工", "人工"),
        ("真仁", "真人"), ("甄人", "真人"), ("珍人", "真人"), ("活仁", "活人"),
    ];

    // Every word below (typos included) has one of these; most messages have none, and are done at once.
    private static readonly SearchValues<char> Triggers = SearchValues.Create("人仁认客经主负领管机换自");

    // The first characters of the person and staff words.
    private static readonly SearchValues<char> PersonStarts = SearchValues.Create("人真活客工负经主领管");

    // Ask for a person by themselves.
    private static readonly string[] PersonWords = ["人工", "真人", "活人"];

    // Need a request verb, or a message that is only the request.
    private static readonly string[] StaffWords = ["客服人员", "工作人员", "负责人", "客服", "经理", "主管", "领导", "管理员"];

    // Longest first: 转接 before 转, 需要 before 要.
    private static readonly string[] RequestVerbs =
    [
        "转接到", "转接", "接通", "呼叫", "联系", "联络", "召唤", "需要", "转到", "转给", "转成", "转为", "来一个", "来个",
        "要跟", "想跟", "要和", "想和", "要与", "转", "接", "找", "要", "叫", "喊", "换", "请", "求", "给",
    ];

    // What may stand between a verb and the person: 找个真人, 叫你们的经理, 转一下人工.
    private static readonly string[] Glue = ["你们的", "你们", "您们", "一个", "一位", "一下", "给我", "帮我", "真的", "专门的", "个", "位", "名", "下", "我", "的"];

    // The person belongs to someone else: the platform's customer service is not ours to transfer to.
    private static readonly string[] OtherOwners =
    [
        "平台", "官方", "抖音", "抖店", "快手", "淘宝", "天猫", "拼多多", "小店", "商家", "卖家", "买家", "对方", "店铺", "店家", "他们",
        "快递", "物流", "银行", "支付宝", "微信",
    ];

    // "Should I / do I have to" before the verb: with a question, the message asks about contacting.
    private static readonly string[] Obligations =
    [
        "需不需要", "要不要", "用不用", "得不得", "是不是", "是否", "需要", "还要", "还得", "也要", "都要", "就要", "应该", "应当", "必须",
        "只能", "才能", "得", "该", "要",
    ];

    private static readonly string[] FirstPerson = ["我们", "我", "俺", "咱"];

    private static readonly string[] Adverbs = ["直接", "亲自", "另外", "再", "先", "去", "也", "都", "就"];

    private static readonly string[] Negations = ["不需要", "不想要", "不用", "不要", "不必", "无需", "不想", "别", "甭", "不", "没"];

    // 人工 in 人工审核 or 人工智能 is "manual" or "artificial", not a person.
    private static readonly string[] NotAPerson = ["智能", "审核", "复核", "核实", "核对", "核查", "费", "成本", "操作", "干预", "合成", "湖", "降雨", "授精", "翻译", "标注", "检测", "检查", "确认", "处理", "录入"];

    // Words of a message that only asks for staff: 你们负责人呢, 叫你们经理出来.
    private static readonly string[] RequestOnly =
    [
        "你们的", "你们", "您们", "我想要", "我想找", "我要找", "我要", "我找", "帮我找", "给我找", "麻烦", "给我", "赶紧", "马上", "立刻",
        "快点", "一下", "出来", "过来", "人呢", "在哪里", "在哪儿", "在哪", "哪里", "有没有", "在吗", "在不在", "呢", "吗", "啊", "呀", "吧",
        "啦", "快", "来", "找", "叫", "要", "请", "让", "人", "在", "有", "的", "了",
    ];

    // Asking what the bot is: 你是真人吗, 是不是机器人, 你是人工还是AI.
    private static readonly string[] IdentityMarkers = ["你是", "您是", "你们是", "是不是", "是否是", "还是", "到底是", "是个"];

    private static readonly string[] MachineWords = ["机器人", "机器客服", "智能客服", "自动回复", "机器", "ai"];

    private static readonly string[] AgainstMachine = ["不想跟", "不想和", "不想与", "不想要", "受够了", "不要", "别用", "别让", "不跟", "不和", "不用"];

    private static readonly string[] MachineFailing =
    [
        "听不懂", "没用", "不懂", "太笨", "真笨", "好笨", "垃圾", "答非所问", "不行", "废物", "解决不了", "有什么用", "没法沟通", "说不明白",
        "说不清", "看不懂", "不靠谱", "什么都不会", "智障",
    ];

    private static readonly string[] QuestionForms = ["要不要", "需不需要", "用不用", "是不是", "是否", "能不能", "可不可以", "有没有", "行不行"];

    private static readonly string[] ChangePersonFollowers = ["来", "吧", "呀", "啊", "呢", "吗", "行", "可以", "回答", "回复", "处理", "跟", "和", "聊", "说", "好"];

    /// <summary>The words that ask for a person, or null.</summary>
    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    /// <param name="questionMark">Whether the message had a question mark.</param>
    public static string? Find(string normalized, bool questionMark)
    {
        if (normalized.AsSpan().IndexOfAny(Triggers) < 0 && !normalized.Contains("ai", StringComparison.Ordinal))
        {
            return null;
        }

        if (normalized.AsSpan().IndexOfAnyInRange('\u3400', '\u9FFF') < 0)
        {
            return null;
        }

        var text = WithoutTypos(normalized.Replace(" ", string.Empty, StringComparison.Ordinal));
        var question = questionMark || IsQuestion(text);
        var identity = ContainsAny(text, IdentityMarkers);
        return Machine(text) ?? ChangePerson(text) ?? Persons(text, question, identity);
    }

    private static string? Persons(string text, bool question, bool identity)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (!PersonStarts.Contains(text[at]))
            {
                continue;
            }

            var person = StartingAt(text, at, PersonWords);
            var staff = person is null ? StartingAt(text, at, StaffWords) : null;
            var word = person ?? staff;
            if (word is null)
            {
                continue;
            }

            var end = at + word.Length;

            // 申请客服介入 is the platform stepping into a dispute, not a person for this chat.
            if (OwnedBySomeoneElse(text, at) || (staff is not null && text.AsSpan(end).StartsWith("介入", StringComparison.Ordinal)))
            {
                at = end - 1;
                continue;
            }

            var verb = VerbBefore(text, at, out var past);
            if (person == "人工" && verb is not { Verb: "转" or "转接" or "转到" or "转给" or "接" or "找" or "叫" or "换" or "接通" }
                && NotAPerson.Any(n => text.AsSpan(end).StartsWith(n, StringComparison.Ordinal)))
            {
                // 需要人工审核吗 asks about a manual review; 转人工处理 still asks for a person.
                at = end - 1;
                continue;
            }

            if (verb is { } v)
            {
                if (!past && !Negated(text, v.Start) && !(question && Obligation(text, v)))
                {
                    return text[v.Start..end];
                }
            }
            else if (person is not null ? PersonAlone(text, at, person, identity) : OnlyTheRequest(text, at, staff!))
            {
                return word;
            }

            at = end - 1;
        }

        return null;
    }

    // A verb right before the person, with only glue words between; 过/了 between make it past.
    private static (int Start, string Verb)? VerbBefore(string text, int personAt, out bool past)
    {
        past = false;
        var at = personAt;
        var moved = true;
        while (moved)
        {
            moved = false;
            if (at > 0 && text[at - 1] is '过' or '了')
            {
                past = true;
                at--;
                moved = true;
                continue;
            }

            foreach (var verb in RequestVerbs)
            {
                if (Ends(text, at, verb))
                {
                    return (at - verb.Length, verb);
                }
            }

            foreach (var glue in Glue)
            {
                if (Ends(text, at, glue))
                {
                    at -= glue.Length;
                    moved = true;
                    break;
                }
            }
        }

        return null;
    }

    // 要联系客服吗 (should I?), 是不是要找客服: an obligation before the verb, not said by "I" (我要找客服).
    private static bool Obligation(string text, (int Start, string Verb) verb)
    {
        if (verb.Verb is "要" or "需要" && !FirstPerson.Any(p => Ends(text, verb.Start, p)))
        {
            return true;
        }

        // 需要再找客服, 要先联系客服: an adverb may stand between the obligation and the verb.
        var before = verb.Start;
        foreach (var adverb in Adverbs)
        {
            if (Ends(text, before, adverb))
            {
                before -= adverb.Length;
                break;
            }
        }

        foreach (var person in FirstPerson)
        {
            if (Ends(text, before, person))
            {
                before -= person.Length;
                break;
            }
        }

        foreach (var obligation in Obligations)
        {
            if (Ends(text, before, obligation))
            {
                var start = before - obligation.Length;
                return !(obligation is "要" or "需要" && FirstPerson.Any(p => Ends(text, start, p)) && before == verb.Start);
            }
        }

        return false;
    }

    private static bool Negated(string text, int verbAt) => Negations.Any(n => Ends(text, verbAt, n));

    private static bool OwnedBySomeoneElse(string text, int personAt)
    {
        var at = Ends(text, personAt, "的") ? personAt - 1 : personAt;
        return OtherOwners.Any(o => Ends(text, at, o));
    }

    // 人工, 真人客服在哪, 有没有真人: a person word without a verb, unless it asks what the bot is
    // (你是真人吗), is negated (不用人工), or means something else (人工审核, 真人秀).
    private static bool PersonAlone(string text, int at, string person, bool identity)
    {
        // 是人工客服吗 and 是真人吗 ask what the bot is, like 你是真人吗.
        if (identity || Ends(text, at, "是") || Negations.Take(7).Any(n => Ends(text, at, n)))
        {
            return false;
        }

        var after = text[(at + person.Length)..];
        if (person == "人工")
        {
            return true;
        }

        // 真人 and 活人 need a sign that someone is wanted: 有(没有)真人, 真人客服, 真人在吗, or nothing else.
        return Ends(text, at, "有") || Ends(text, at, "有个") || after.Length == 0
            || new[] { "客服", "服务", "来", "回复", "回答", "聊", "说话", "接待", "在", "处理", "吗", "呢", "啊", "呀", "吧" }.Any(a => after.StartsWith(a, StringComparison.Ordinal));
    }

    // 你们负责人呢, 客服!, 叫经理出来: nothing but the staff word and request words. 客服在吗 greets
    // us (we are the 客服), so 在 does not make it a request for 客服.
    private static bool OnlyTheRequest(string text, int at, string staff)
    {
        var rest = string.Concat(text.AsSpan(0, at), text.AsSpan(at + staff.Length));
        var i = 0;
        while (i < rest.Length)
        {
            var word = RequestOnly.FirstOrDefault(w => Starts(rest, i, w));
            if (word is null || (staff == "客服" && word.StartsWith('在')))
            {
                return false;
            }

            i += word.Length;
        }

        return true;
    }

    // 不要机器人, 不想跟机器人说话, 机器人听不懂, 你这个机器人根本没用.
    private static string? Machine(string text)
    {
        foreach (var machine in MachineWords)
        {
            var at = text.IndexOf(machine, StringComparison.Ordinal);
            if (at < 0 || (machine == "ai" && !LatinWordAt(text, at, machine.Length)))
            {
                continue;
            }

            var before = text[Math.Max(0, at - 5)..at];
            if (AgainstMachine.Any(a => before.Contains(a, StringComparison.Ordinal)))
            {
                return text[Math.Max(0, at - 5)..(at + machine.Length)];
            }

            var after = text[(at + machine.Length)..Math.Min(text.Length, at + machine.Length + 8)];
            if (MachineFailing.FirstOrDefault(f => after.Contains(f, StringComparison.Ordinal)) is { } failing)
            {
                return machine + failing;
            }
        }

        return null;
    }

    // 换个人, 换一个人来 (换人工 is found as 人工); not 更换个人信息.
    private static string? ChangePerson(string text)
    {
        foreach (var phrase in new[] { "换一个人", "换个人", "换人" })
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            var end = at + phrase.Length;
            if (at >= 0 && (end == text.Length || ChangePersonFollowers.Any(f => text.AsSpan(end).StartsWith(f, StringComparison.Ordinal))))
            {
                return phrase;
            }
        }

        return null;
    }

    // "ai" inside said, email or paid is not the word AI.
    private static bool LatinWordAt(string text, int at, int length) =>
        (at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + length == text.Length || !char.IsAsciiLetter(text[at + length]));

    private static bool IsQuestion(string text) =>
        text.Contains('吗', StringComparison.Ordinal) || text.EndsWith('么') || text.EndsWith('嘛')
        || ContainsAny(text, QuestionForms);

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string WithoutTypos(string text)
    {
        foreach (var (typo, word) in Homophones)
        {
            text = text.Replace(typo, word, StringComparison.Ordinal);
        }

        return text;
    }

    private static string? StartingAt(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (Starts(text, at, word))
            {
                return word;
            }
        }

        return null;
    }

    private static bool Starts(string text, int at, string word) => text.AsSpan(at).StartsWith(word, StringComparison.Ordinal);

    private static bool Ends(string text, int end, string word) => text.AsSpan(0, end).EndsWith(word, StringComparison.Ordinal);
}
