namespace ShopExit.Bot.Handoff;

/// <summary>Where a walkthrough is, handed to an agent with a handoff (the labels in zh-CN, as agents read them).</summary>
/// <param name="Flow">The walkthrough's id (flow:closure).</param>
/// <param name="Name">Its name (店铺注销).</param>
/// <param name="Step">The id of the step reached (balance; platform for the platform question).</param>
/// <param name="StepLabel">What that step is about (清空店铺资金并提现).</param>
/// <param name="StepNumber">Its 1-based position among the steps (0 for the platform question).</param>
/// <param name="StepCount">How many steps the walkthrough has.</param>
/// <param name="Blocked">Whether the walkthrough waits there for the merchant to resolve a blocker.</param>
/// <param name="Branch">The branch that handed over (banned-account), when one did.</param>
/// <param name="Answers">The answers collected, in the order given.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(WalkthroughSnapshotJson))]
public sealed record WalkthroughSnapshot(
    string Flow,
    string Name,
    string Step,
    string StepLabel,
    int StepNumber,
    int StepCount,
    bool Blocked,
    string? Branch,
    IReadOnlyList<WalkthroughAnswer> Answers);
