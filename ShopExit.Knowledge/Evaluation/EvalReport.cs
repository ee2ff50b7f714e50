namespace ShopExit.Knowledge.Evaluation;

/// <summary>The outcome of an evaluation run.</summary>
/// <param name="Results">Every case, in file order.</param>
public sealed record EvalReport(IReadOnlyList<EvalCaseResult> Results)
{
    /// <summary>Correct cases.</summary>
    public int CorrectCount => Results.Count(r => r.Correct);

    /// <summary>Share of correct cases (0 when there are none).</summary>
    public double Accuracy => Results.Count == 0 ? 0 : (double)CorrectCount / Results.Count;

    /// <summary>Per-label precision and recall, by label.</summary>
    public IReadOnlyList<LabelStats> Labels()
    {
        var labels = Results.SelectMany(r => r.Case.Expected.Take(1).Append(r.Got)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return labels.Select(label => new LabelStats(
            label,
            Expected: Results.Count(r => r.Case.Expected[0] == label),
            Predicted: Results.Count(r => r.Got == label),
            CorrectlyPredicted: Results.Count(r => r.Got == label && r.Correct),
            Recalled: Results.Count(r => r.Case.Expected[0] == label && r.Correct))).ToList();
    }
}
