namespace ShopExit.Knowledge.Content;

/// <summary>Loaded content and every problem found while loading or validating it.</summary>
/// <param name="Content">What could be read; complete only when there are no errors.</param>
/// <param name="Problems">Errors and warnings, in file order.</param>
public sealed record ContentLoadResult(FaqContent Content, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>Whether the content may be used by the bot.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
