using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Flows;

/// <summary>How a walkthrough ends: after the summary, what it says and the next actions offered as buttons.</summary>
/// <param name="Say">Said after the summary.</param>
/// <param name="Buttons">Entry ids offered as buttons (another walkthrough, FAQ items, <c>escalate</c>).</param>
/// <param name="Offer">The button a plain 好的 / yes accepts (the first button when not set).</param>
/// <param name="Location">Where it is written.</param>
public sealed record FlowEnd(PlatformText? Say, IReadOnlyList<string> Buttons, string? Offer, SourceLocation Location);
