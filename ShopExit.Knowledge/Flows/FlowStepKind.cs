namespace ShopExit.Knowledge.Flows;

/// <summary>What a walkthrough step asks.</summary>
public enum FlowStepKind
{
    /// <summary>A yes/no question: two buttons, values <c>yes</c> and <c>no</c>; 弄好了 / 还没有 are understood too.</summary>
    Confirm,

    /// <summary>One of several buttons, each with its own value.</summary>
    Choice,

    /// <summary>No question: the step says its text and the walkthrough goes on.</summary>
    Info,
}
