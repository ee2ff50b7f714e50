using System.Text.RegularExpressions;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Flows;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Whether a reply asks for another walkthrough in so many words (其实我想注销店铺, 我还是先退保证金吧,
/// 算了，注销店铺吧, actually I want to close my shop instead). The asides and the wish around the
/// request (其实, 还是, 我想, 先, 吧; actually, I'd rather, instead, first) are set aside, and what
/// is left must be a request the matcher would begin that walkthrough for, or the walkthrough's
/// name (保证金退款). Said with asides, a request scores lower than the question bar inside a
/// walkthrough, or loses to an FAQ item that shares its words (先注销店铺还是先退保证金); said
/// bare, it is the walkthrough's own phrasing. A clause that negates (不退了, I don't want to
/// close) or tells what has happened (店铺已经注销了, my shop was closed) asks for nothing.
/// </summary>
public static partial class FlowRequest
{
    // A request is a short sentence: longer clauses (and any beyond the first few) are not read, so
    // the cost stays small for any message.
    private const int MaxClauseLength = 60;
    private const int MaxClauses = 4;

    // Tried longest first, so 那还是 goes before 那 and 还是.
    private static readonly string[] ChineseLeads = SortedLongestFirst(
    [
        "那还是", "要不然", "那就", "其实", "算了", "还是", "不过", "要不", "我想", "我要", "打算", "准备", "直接", "帮我", "给我", "麻烦",
        "改成", "换成", "改为", "转到", "切换到", "现在", "那", "我", "想", "要", "先", "去", "就", "办理", "办",
    ]);

    private static readonly string[] ChineseTails = SortedLongestFirst(["好了", "一下", "算了", "吧", "啊", "啦", "呀", "哈", "先", "去"]);

    // Saying one does not want something (我不想注销店铺, I don't want to close my shop).
    private static readonly string[] ChineseDeclines = ["不想", "不要", "不用", "不打算", "不需要", "先不", "暂时不", "不办", "不注销", "不退"];

    // A clause that negates (不退了) or tells what has happened (店铺已经注销了) asks for nothing.
    private static readonly string[] ChineseStatements = ["不", "没", "别", "未", "已", "了"];

    /// <summary>
    /// The walkthrough other than <paramref name="currentFlowId"/> that <paramref name="text"/>
    /// asks for, or null.
    /// </summary>
    public static FaqEntry? Find(KnowledgeBase knowledge, string? text, string currentFlowId)
    {
        foreach (var clause in Clauses().Split(text ?? string.Empty).Where(c => c.Length <= MaxClauseLength).Take(MaxClauses))
        {
            var core = Core(clause);
            if (core.Length == 0 || IsStatement(core))
            {
                continue;
            }

            if (Requested(knowledge, core) is { } flow && flow.Id != currentFlowId)
            {
                return flow;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> says the merchant does not want something: it never asks for a walkthrough.</summary>
    public static bool Declines(string? text) =>
        text is not null && (ChineseDeclines.Any(d => text.Contains(d, StringComparison.Ordinal)) || EnglishDecline().IsMatch(Apostrophes(text)));

    /// <summary>The request left when the asides and the wish are set aside (其实我想先退保证金 → 退保证金).</summary>
    public static string Core(string clause)
    {
        var core = clause.Trim().TrimEnd('.', '!', '。', '！', '~', '～').Trim();
        if (core.Any(c => c < 128 && char.IsLetter(c)))
        {
            return EnglishAsides().Replace(Apostrophes(core.ToLowerInvariant()), string.Empty).Trim();
        }

        for (var changed = true; changed && core.Length > 0;)
        {
            changed = false;
            if (ChineseLeads.FirstOrDefault(core.StartsWith) is { } lead)
            {
                core = core[lead.Length..];
                changed = true;
            }

            if (ChineseTails.FirstOrDefault(core.EndsWith) is { } tail && core.Length > tail.Length)
            {
                core = core[..^tail.Length];
                changed = true;
            }
        }

        return core;
    }

    // Phone keyboards type I’d and don’t with a curly apostrophe.
    private static string Apostrophes(string text) => text.Replace('’', '\'');

    private static string[] SortedLongestFirst(string[] words) => [.. words.OrderByDescending(w => w.Length)];

    private static bool IsStatement(string core) =>
        ChineseStatements.Any(n => core.Contains(n, StringComparison.Ordinal)) || EnglishStatement().IsMatch(core);

    // The walkthrough entry the request begins, by the matcher's own decision or by its name.
    private static FaqEntry? Requested(KnowledgeBase knowledge, string core)
    {
        if (knowledge.Match(core).Answer is { Kind: EntryKind.Flow } answered)
        {
            return answered;
        }

        return knowledge.Content.Flows.FirstOrDefault(f => Names(f).Contains(core, StringComparer.OrdinalIgnoreCase)) is { } named
            ? knowledge.Find(named.Id)
            : null;
    }

    private static string[] Names(FlowDefinition flow) => [flow.Name.Zh, flow.Name.En, "the " + flow.Name.En];

    [GeneratedRegex(@"[，,。；;！!]")]
    private static partial Regex Clauses();

    // Leading and trailing asides, repeated: "ok actually i'd rather close my shop instead please".
    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|so|but|and|well|wait|hmm+|um+|sorry|actually|on second thoughts?|never ?mind|rather|just|please|then|first|i'd rather|i would rather|i'd prefer to|i would prefer to|i'd like to|i would like to|i want to|i wanna|i want|i need to|i need|let's|lets|let me|i'll|i will|do|go with|switch to|go to|change to|move to)\b[\s,]*)+|(?:[\s,]+(?:instead|first|please|now|then|rather|after all))+$")]
    private static partial Regex EnglishAsides();

    [GeneratedRegex(@"\b(?:not|no|never|don't|dont|won't|can't|cannot|already|was|were|been|had|did|closed|refunded|got|received)\b")]
    private static partial Regex EnglishStatement();

    [GeneratedRegex(@"\b(?:don't|dont|do not|won't|will not|not going to|no need to|don't need to)\s+(?:want|wanna|need|going|close|do|refund|get|apply|to)\b|\bno need\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDecline();
}
