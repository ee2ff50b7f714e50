namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>
/// The console's display names for the server's codes, each table keyed by the wire name
/// (<c>GET /api/agent/labels</c>): the console keeps no copy of them, so a new status, reason or
/// kind of personal data shows by its name the day the server has it.
/// </summary>
/// <param name="Reasons">Why the bot escalated (<c>requested</c> → 商家要求转人工).</param>
/// <param name="Statuses">Where a handoff is (<c>waiting</c> → 等待中).</param>
/// <param name="Kinds">Live chat or ticket (<c>ticket</c> → 工单).</param>
/// <param name="Presence">An agent's presence (<c>online</c> → 在线).</param>
/// <param name="Platforms">The merchant's platform, as the bot names it (<c>douyin</c> → 抖音小店).</param>
/// <param name="Pii">Kinds of personal data (<c>PhoneNumber</c> → 手机号).</param>
public sealed record DeskLabels(
    IReadOnlyDictionary<string, string> Reasons,
    IReadOnlyDictionary<string, string> Statuses,
    IReadOnlyDictionary<string, string> Kinds,
    IReadOnlyDictionary<string, string> Presence,
    IReadOnlyDictionary<string, string> Platforms,
    IReadOnlyDictionary<string, string> Pii);
