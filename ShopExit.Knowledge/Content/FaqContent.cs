using ShopExit.Knowledge.Flows;

namespace ShopExit.Knowledge.Content;

/// <summary>Everything loaded from the FAQ folder.</summary>
/// <param name="Entries">Items, flow triggers and the escalation trigger, in file order.</param>
/// <param name="Synonyms">The synonym rules.</param>
/// <param name="Texts">The bot's own sentences (welcome, walkthroughs, fallback).</param>
public sealed record FaqContent(IReadOnlyList<FaqEntry> Entries, IReadOnlyList<SynonymRule> Synonyms, IReadOnlyList<BotText> Texts)
{
    /// <summary>Content without bot texts (tests, benchmarks).</summary>
    public FaqContent(IReadOnlyList<FaqEntry> entries, IReadOnlyList<SynonymRule> synonyms)
        : this(entries, synonyms, [])
    {
    }

    /// <summary>The walkthroughs (<c>flow:</c> files), in file order.</summary>
    public IReadOnlyList<FlowDefinition> Flows { get; init; } = [];

    /// <summary>No content at all.</summary>
    public static FaqContent Empty { get; } = new([], [], []);

    /// <summary>The text with this key, if any.</summary>
    public BotText? Text(string key) => Texts.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));

    /// <summary>The walkthrough with this id, if any.</summary>
    public FlowDefinition? Flow(string id) => Flows.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
}
