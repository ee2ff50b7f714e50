using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Flows;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Knowledge;

/// <summary>
/// One immutable version of the FAQ: content plus its index. The bot holds one at a time and
/// swaps in a new one on reload; a turn that started on the old one finishes on it.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, FaqEntry> _byId;

    private KnowledgeBase(FaqContent content, FaqMatcher matcher, IReadOnlyList<ContentProblem> warnings)
    {
        Content = content;
        Matcher = matcher;
        Warnings = warnings;
        _byId = content.Entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The loaded content.</summary>
    public FaqContent Content { get; }

    /// <summary>The matcher over the content.</summary>
    public FaqMatcher Matcher { get; }

    /// <summary>Warnings found when the content was loaded (errors prevent loading).</summary>
    public IReadOnlyList<ContentProblem> Warnings { get; }

    /// <summary>Matches one message.</summary>
    public MatchResult Match(string? text) => Matcher.Match(text);

    /// <summary>The entry with this id, if any.</summary>
    public FaqEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The walkthrough with this id, if any.</summary>
    public FlowDefinition? FindFlow(string id) => Content.Flow(id);

    /// <summary>Builds a knowledge base from content that is already known to be valid.</summary>
    public static KnowledgeBase FromContent(FaqContent content, MatchOptions? options = null) =>
        new(content, FaqMatcher.Build(content, options), []);

    /// <summary>
    /// Loads and checks a FAQ folder, including the checks that need the matcher. Returns the
    /// knowledge base (null when there are errors) and every problem found.
    /// </summary>
    /// <param name="directory">The FAQ folder.</param>
    /// <param name="options">Matcher options; the calibrated defaults when null.</param>
    /// <param name="requiredTexts">Text keys the caller needs; a missing one is an error.</param>
    /// <param name="checkOverlaps">
    /// Whether to look for phrasings that match another entry better (one match per phrasing:
    /// for editors' tools, not for a server reloading a large base).
    /// </param>
    public static (KnowledgeBase? KnowledgeBase, IReadOnlyList<ContentProblem> Problems) Load(
        string directory, MatchOptions? options = null, IReadOnlyCollection<string>? requiredTexts = null, bool checkOverlaps = true)
    {
        var loaded = FaqLoader.Load(directory);
        var missing = (requiredTexts ?? []).Where(key => loaded.Content.Text(key) is null)
            .Select(key => new ContentProblem(new SourceLocation(directory, 1, 1), ProblemSeverity.Error, $"text '{key}' is missing: the bot needs it (add it under 'texts:')"))
            .ToList();
        if (loaded.HasErrors || missing.Count > 0)
        {
            return (null, loaded.Problems.Concat(missing).ToList());
        }

        var matcher = FaqMatcher.Build(loaded.Content, options);
        var problems = checkOverlaps ? loaded.Problems.Concat(PhrasingOverlapCheck.Find(loaded.Content, matcher)).ToList() : loaded.Problems;
        return (new KnowledgeBase(loaded.Content, matcher, problems), problems);
    }
}
