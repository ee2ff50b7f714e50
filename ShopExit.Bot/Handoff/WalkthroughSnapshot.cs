


namespace ShopExit.Bot.Handoff;

/// <summary>Where a walkthrough is: handed to an agent with a handoff.</summary>
/// <param name="Flow">The walkthrough's id (flow:closure).</param>
/// <param name="Step">The waterfall step reached (0-based).</param>
/// <param name="Answers">The answers collected so far, as JSON values.</param>
public sealed record WalkthroughSnapshot(string Flow, int Step, IReadOnlyDictionary<string, string> Answers);
