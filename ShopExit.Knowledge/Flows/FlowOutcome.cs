using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Flows;

/// <summary>What one answer to a step leads to.</summary>
public sealed record FlowOutcome
{
    /// <summary>The word <c>next</c> takes to finish the walkthrough.</summary>
    public const string End = "end";

    /// <summary>The button value answered (<c>yes</c>); empty for an info step, which has one way on.</summary>
    public required string Value { get; init; }

    /// <summary>What the bot says first.</summary>
    public PlatformText? Say { get; init; }

    /// <summary>The step that comes next, or <see cref="End"/>; null only when the outcome hands over to a human.</summary>
    public string? Next { get; init; }

    /// <summary>Where <see cref="Next"/> is written.</summary>
    public SourceLocation? NextLocation { get; init; }

    /// <summary>Something left to do (the walkthrough goes on; the summary lists it as ⬜ with this text).</summary>
    public PlatformText? Todo { get; init; }

    /// <summary>An unmet precondition: the walkthrough pauses here, saying this, until the merchant has resolved it.</summary>
    public PlatformText? Blocker { get; init; }

    /// <summary>Hands the conversation to a human, with this reason naming the branch (<c>banned-account</c>).</summary>
    public string? Handoff { get; init; }

    /// <summary>The summary line for this answer instead of the step's own (申请被拒绝: 修改后重新提交).</summary>
    public LocalizedText? Summary { get; init; }

    /// <summary>Where the outcome is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>How this answer leaves the step's item.</summary>
    public FlowItemStatus Status => Blocker is not null ? FlowItemStatus.Blocked : Todo is not null ? FlowItemStatus.Todo : FlowItemStatus.Done;
}
