using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>How the matcher decided about one message, step by step (what <c>faq explain</c> prints).</summary>
public sealed record MatchExplanation
{
    /// <summary>The text after normalising and synonyms, platform names removed: what is scored.</summary>
    public required string Normalized { get; init; }

    /// <summary>The platform the text names, if any.</summary>
    public Platform? PlatformInText { get; init; }

    /// <summary>The terms with their weights, heaviest first.</summary>
    public required IReadOnlyList<ExplainedTerm> Terms { get; init; }

    /// <summary>The best candidates with their score parts, best first (the out-of-scope entry included).</summary>
    public required IReadOnlyList<ExplainedCandidate> Candidates { get; init; }

    /// <summary>Each rule the matcher tried, in order, with its numbers; the last one decided.</summary>
    public required IReadOnlyList<string> Checks { get; init; }

    /// <summary>The result <see cref="FaqMatcher.Match(string?)"/> gives for the same text.</summary>
    public required MatchResult Result { get; init; }
}
