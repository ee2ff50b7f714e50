namespace ShopExit.Bot.Handoff;

/// <summary>One answer of a walkthrough, as an agent reads it.</summary>
/// <param name="Step">The step's id.</param>
/// <param name="Label">What the step is about (清空店铺资金并提现).</param>
/// <param name="Answer">The merchant's answer, as the button said it (还没有).</param>
/// <param name="Status">done, todo or blocked.</param>
public sealed record WalkthroughAnswer(string Step, string Label, string Answer, string Status);
