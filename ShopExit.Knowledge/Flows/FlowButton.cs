using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Flows;

/// <summary>One button of a step.</summary>
/// <param name="Value">The stable value the click carries (<c>yes</c>, <c>rejected</c>); answers are keyed by it.</param>
/// <param name="Title">The button's title.</param>
/// <param name="Also">Other words that pick it when typed (被驳回 for 申请被拒绝).</param>
/// <param name="Location">Where it is written.</param>
public sealed record FlowButton(string Value, LocalizedText Title, IReadOnlyList<string> Also, SourceLocation Location);
