using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>The matcher's answer for one message.</summary>
public sealed record MatchResult
{
    /// <summary>The label evaluation uses for a fallback decision.</summary>
    public const string FallbackLabel = "fallback";

    /// <summary>The label evaluation uses for a clarify decision.</summary>
    public const string ClarifyLabel = "clarify";

    /// <summary>Answer, clarify or fallback.</summary>
    public required MatchDecision Decision { get; init; }

    /// <summary>Ranked candidates, best first (also for fallback, so editors see what was near).</summary>
    public required IReadOnlyList<MatchCandidate> Candidates { get; init; }

    /// <summary>The rule that made the decision.</summary>
    public MatchRule Rule { get; init; } = MatchRule.Score;

    /// <summary>The platform the message names, if any.</summary>
    public Platform? Platform { get; init; }

    /// <summary>The entries to offer for a clarify decision (empty otherwise).</summary>
    public IReadOnlyList<MatchCandidate> ClarifyChoices { get; init; } = [];

    /// <summary>The answered entry, for an answer decision.</summary>
    public FaqEntry? Answer => Decision == MatchDecision.Answer ? Candidates[0].Entry : null;

    /// <summary>The best score, 0 when there is no candidate.</summary>
    public double TopScore => Candidates.Count > 0 ? Candidates[0].Score : 0;

    /// <summary>The decision as one label: an entry id, <c>clarify</c> or <c>fallback</c>.</summary>
    public string Label => Decision switch
    {
        MatchDecision.Answer => Candidates[0].Entry.Id,
        MatchDecision.Clarify => ClarifyLabel,
        _ => FallbackLabel,
    };

    /// <summary>A fallback with no candidates (empty text, no content).</summary>
    public static MatchResult Nothing(Platform? platform = null) =>
        new() { Decision = MatchDecision.Fallback, Rule = MatchRule.Empty, Candidates = [], Platform = platform };
}
