namespace ShopExit.Knowledge.Content;

/// <summary>Everything loaded from the FAQ folder.</summary>
/// <param name="Entries">Items, flow triggers and the escalation trigger, in file order.</param>
/// <param name="Synonyms">The synonym rules.</param>
public sealed record FaqContent(IReadOnlyList<FaqEntry> Entries, IReadOnlyList<SynonymRule> Synonyms)
{
    /// <summary>No content at all.</summary>
    public static FaqContent Empty { get; } = new([], []);
}
