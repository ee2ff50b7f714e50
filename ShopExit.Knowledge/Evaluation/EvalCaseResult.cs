namespace ShopExit.Knowledge.Evaluation;

/// <summary>How one case went.</summary>
/// <param name="Case">The case.</param>
/// <param name="Got">The matcher's label (an id, <c>clarify</c> or <c>fallback</c>).</param>
/// <param name="Score">The best candidate's score.</param>
/// <param name="Candidates">The ranked candidate ids with scores, for diagnosis.</param>
public sealed record EvalCaseResult(EvalCase Case, string Got, double Score, IReadOnlyList<(string Id, double Score)> Candidates)
{
    /// <summary>Whether the label is among the accepted ones.</summary>
    public bool Correct => Case.Expected.Contains(Got, StringComparer.Ordinal);
}
