namespace ShopExit.Knowledge.Evaluation;

/// <summary>Precision and recall of one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Expected">Cases whose first expected label is this one.</param>
/// <param name="Predicted">Cases the matcher gave this label.</param>
/// <param name="CorrectlyPredicted">Predictions of this label that were accepted.</param>
/// <param name="Recalled">Cases expecting this label (first) that were answered correctly.</param>
public sealed record LabelStats(string Label, int Expected, int Predicted, int CorrectlyPredicted, int Recalled)
{
    /// <summary>Share of this label's predictions that were right (1 when never predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)CorrectlyPredicted / Predicted;

    /// <summary>Share of cases expecting this label that were answered correctly (1 when none).</summary>
    public double Recall => Expected == 0 ? 1 : (double)Recalled / Expected;
}
