using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Flows;

/// <summary>One step of a walkthrough: a question (or a statement) and where each answer leads.</summary>
public sealed record FlowStep
{
    /// <summary>The step's id, unique in its walkthrough (<c>balance</c>); stored with the conversation.</summary>
    public required string Id { get; init; }

    /// <summary>What it asks.</summary>
    public required FlowStepKind Kind { get; init; }

    /// <summary>The question, or the statement of an info step.</summary>
    public required PlatformText Ask { get; init; }

    /// <summary>The buttons, in order (none for an info step).</summary>
    public IReadOnlyList<FlowButton> Buttons { get; init; } = [];

    /// <summary>Where each answer leads, by button value; an info step has one, with an empty value.</summary>
    public required IReadOnlyList<FlowOutcome> Answers { get; init; }

    /// <summary>The step's line in the summary and in the agent's panel (清空店铺资金并提现); none for a step that is no item.</summary>
    public LocalizedText? Summary { get; init; }

    /// <summary>Where the step is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// Whether the file's buttons or answers of this step could not all be read (an unknown kind, a
    /// button without a value, an answer without a way on), which the parser has reported. The
    /// whole-walkthrough checks then assume nothing about where the step leads, so that one mistake
    /// is reported once and not again as an unreachable step or a branch that never ends.
    /// </summary>
    internal bool WaysOnUnknown { get; init; }

    /// <summary>The outcome of an answer, if the step has one for it.</summary>
    public FlowOutcome? Outcome(string value) => Answers.FirstOrDefault(a => string.Equals(a.Value, value, StringComparison.Ordinal));
}
