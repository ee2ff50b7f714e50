using System.Text.Json;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff.Contracts;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Handoff;

// Every named value is listed (a missing one is CS8509, an error); an unnamed value is a bug and throws.
#pragma warning disable CS8524

/// <summary>
/// The agent console's Chinese names for every code the API sends. Each enum's every value has
/// one (a switch without a default, so a new value does not compile without its name); platform
/// names are the bot's own texts, so the console says what the merchant was told.
/// </summary>
public static class DeskLabelCatalog
{
    /// <summary>The labels, with the platform names of the content in use.</summary>
    public static DeskLabels Of(FaqKnowledge knowledge)
    {
        var content = knowledge.Current.Content;
        return new DeskLabels(
            Table<EscalationReason>(r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString()), Reason),
            Table<HandoffStatus>(WireEnum.Name, Status),
            Table<HandoffKind>(WireEnum.Name, Kind),
            Table<AgentPresence>(WireEnum.Name, Presence),
            Table<Platform>(p => p.ToString().ToLowerInvariant(), p => content.Text(TextKeys.PlatformName(p))?.For(null).For("zh-CN") ?? p.ToString()),
            Table<PiiCategory>(c => c.ToString(), Pii));
    }

    /// <summary>The Chinese name of a kind of personal data.</summary>
    public static string Pii(PiiCategory category) => category switch
    {
        PiiCategory.PhoneNumber => "手机号",
        PiiCategory.IdCardNumber => "身份证号",
        PiiCategory.BankCardNumber => "银行卡号",
        PiiCategory.Email => "邮箱",
    };

    private static string Reason(EscalationReason reason) => reason switch
    {
        EscalationReason.Requested => "商家要求转人工",
        EscalationReason.RepeatedFallback => "机器人多次未能理解",
        EscalationReason.Topic => "需人工处理的问题",
        EscalationReason.Sentiment => "商家情绪激动或着急",
        EscalationReason.Walkthrough => "引导流程中需要人工处理",
    };

    private static string Status(HandoffStatus status) => status switch
    {
        HandoffStatus.Waiting => "等待中",
        HandoffStatus.Active => "进行中",
        HandoffStatus.Resolved => "已结束",
        HandoffStatus.Cancelled => "已取消",
    };

    private static string Kind(HandoffKind kind) => kind switch
    {
        HandoffKind.Live => "实时",
        HandoffKind.Ticket => "工单",
    };

    private static string Presence(AgentPresence presence) => presence switch
    {
        AgentPresence.Online => "在线",
        AgentPresence.Away => "离开",
        AgentPresence.Offline => "离线",
    };

    private static Dictionary<string, string> Table<T>(Func<T, string> key, Func<T, string> label)
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(key, label, StringComparer.Ordinal);
}
