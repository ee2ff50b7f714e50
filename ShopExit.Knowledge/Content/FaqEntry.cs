namespace ShopExit.Knowledge.Content;

/// <summary>One entry of the FAQ content: an item, a walkthrough trigger or the escalation trigger.</summary>
public sealed record FaqEntry
{
    /// <summary>The id prefix of walkthrough triggers (<c>flow:closure</c>).</summary>
    public const string FlowPrefix = "flow:";

    /// <summary>The id of the entry whose phrasings ask for a human.</summary>
    public const string EscalateId = "escalate";

    /// <summary>The id of the entry whose phrasings are questions the FAQ does not answer.</summary>
    public const string OutOfScopeId = "out-of-scope";

    /// <summary>Stable kebab-case id; a contract with evaluation sets and followups.</summary>
    public required string Id { get; init; }

    /// <summary>The phrasings merchants use for this entry.</summary>
    public required IReadOnlyList<Phrasing> Questions { get; init; }

    /// <summary>The answer shown when no platform variant applies.</summary>
    public required LocalizedText Answer { get; init; }

    /// <summary>Per-platform answer variants.</summary>
    public IReadOnlyDictionary<Platform, LocalizedText> PlatformAnswers { get; init; } = new Dictionary<Platform, LocalizedText>();

    /// <summary>Ids of items or flows offered as buttons after the answer.</summary>
    public IReadOnlyList<string> Followups { get; init; } = [];

    /// <summary>Free-form labels.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Whether the bot always offers a human after this answer.</summary>
    public bool Escalate { get; init; }

    /// <summary>Where the entry starts in its file.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>What matching this entry means for the bot.</summary>
    public EntryKind Kind => Id.StartsWith(FlowPrefix, StringComparison.Ordinal) ? EntryKind.Flow
        : string.Equals(Id, EscalateId, StringComparison.Ordinal) ? EntryKind.Escalate
        : string.Equals(Id, OutOfScopeId, StringComparison.Ordinal) ? EntryKind.OutOfScope
        : EntryKind.Faq;

    /// <summary>The answer for a platform, falling back to the general answer.</summary>
    /// <param name="platform">The merchant's platform, if known.</param>
    public LocalizedText AnswerFor(Platform? platform) =>
        platform is { } p && PlatformAnswers.TryGetValue(p, out var variant) ? variant : Answer;

    /// <summary>A short title for buttons (您是想问…?): the first phrasing in the wanted language.</summary>
    /// <param name="language">The merchant's language.</param>
    public string TitleFor(string? language)
    {
        var english = language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        foreach (var q in Questions)
        {
            if (IsEnglish(q.Text) == english)
            {
                return q.Text;
            }
        }

        return Questions.Count > 0 ? Questions[0].Text : Id;
    }

    private static bool IsEnglish(string text) => !text.Any(c => c >= '\u3400' && c <= '\u9FFF');
}
