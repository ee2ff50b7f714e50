namespace ShopExit.Knowledge.Content;

/// <summary>Words rewritten to one canonical word before matching (押金 → 保证金).</summary>
/// <param name="Canonical">The word the variants become.</param>
/// <param name="Variants">The words merchants write instead.</param>
/// <param name="Location">Where the rule is written.</param>
public sealed record SynonymRule(string Canonical, IReadOnlyList<string> Variants, SourceLocation Location);
