namespace ShopExit.Knowledge.Evaluation;

/// <summary>One line of a cases file: a question and the labels that count as correct.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Expected">Accepted labels: entry ids, <c>fallback</c>, or <c>clarify</c> where listed.</param>
/// <param name="Question">The merchant's question.</param>
public sealed record EvalCase(int Line, IReadOnlyList<string> Expected, string Question);
