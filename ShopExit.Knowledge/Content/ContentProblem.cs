namespace ShopExit.Knowledge.Content;

/// <summary>One thing wrong with the FAQ content, located in its file.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Severity">Error (content refused) or warning.</param>
/// <param name="Message">What is wrong, written for a content editor.</param>
public sealed record ContentProblem(SourceLocation Location, ProblemSeverity Severity, string Message)
{
    /// <summary>The line <c>faq check</c> prints: <c>file:line:column: error: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
