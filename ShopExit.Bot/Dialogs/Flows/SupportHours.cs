using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// When human agents work (<c>Handoff:BusinessHours</c>), in the merchant's words: a question
/// about it (你们客服几点上班？) is answered from the configuration, not taken as a request for a
/// human (it names 客服) and never starts a second ticket.
/// </summary>
public static class SupportHours
{
    // A time word and a working word both (客服几点上班, 人工什么时候有人), or a phrase that says it alone.
    private static readonly string[] TimeWords = ["几点", "什么时候", "什么时间", "啥时候", "何时", "多会儿", "whattime", "when"];
    private static readonly string[] WorkWords = ["上班", "下班", "在线", "有人", "营业", "工作", "回来", "available", "online", "open", "work", "back"];
    private static readonly string[] Phrases =
    [
        "工作时间", "上班时间", "营业时间", "服务时间", "客服时间", "在线时间", "businesshours", "workinghours", "officehours", "openinghours", "supporthours",
    ];

    /// <summary>Whether the message asks when agents work.</summary>
    public static bool IsAsked(string? text)
    {
        var normalized = TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (normalized.Length == 0 || normalized.Length > 40)
        {
            return false;
        }

        return Phrases.Any(p => normalized.Contains(p, StringComparison.Ordinal))
            || (TimeWords.Any(w => normalized.Contains(w, StringComparison.Ordinal)) && WorkWords.Any(w => normalized.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>客服工作时间：每天 09:00–21:00（北京时间）。, or empty when agents are always there.</summary>
    public static string Sentence(TurnContext turn)
    {
        var hours = turn.Environment.BusinessHours;
        if (IsAlways(hours))
        {
            return string.Empty;
        }

        var zone = turn.Environment.TimeZone == "Asia/Shanghai" ? turn.Texts.Get(TextKeys.TicketBeijingTime) : turn.Environment.TimeZone;
        return turn.Texts.Get(TextKeys.TicketHours, ("hours", hours.Replace("-", "–", StringComparison.Ordinal)), ("zone", zone));
    }

    /// <summary>The answer: the hours, whether someone is there now, and what the merchant can do.</summary>
    public static Task AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var hours = IsAlways(turn.Environment.BusinessHours) ? turn.Texts.Get(TextKeys.SupportAlways) : Sentence(turn);
        if (turn.Data.OpenTicket is { } ticket)
        {
            return turn.SendTextAsync(Join(turn, hours, turn.Texts.Get(TextKeys.SupportTicketOpen, ("number", ticket))), cancellationToken);
        }

        var now = turn.Texts.Get(turn.Environment.AgentsAvailable ? TextKeys.SupportAvailableNow : TextKeys.SupportUnavailableNow);
        return turn.SendTextAsync(Join(turn, hours, now), [MenuButtons.Human(turn)], cancellationToken);
    }

    /// <summary>Sentences one after the other: a space between them in English, none in Chinese.</summary>
    public static string Join(TurnContext turn, params string[] sentences) =>
        string.Join(turn.IsEnglish ? " " : string.Empty, sentences.Where(s => s.Length > 0));

    private static bool IsAlways(string hours) => hours.Replace(" ", string.Empty, StringComparison.Ordinal) is "00:00-00:00";
}
