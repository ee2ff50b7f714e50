using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>The one pipeline both phrasings and queries go through: normalise → stem English → synonyms → platform names → terms.</summary>
internal sealed class TextPreparer
{
    private static readonly PhraseRewriter PlatformRewriter = new(PlatformNames.All.ToDictionary(p => p.Key, _ => " ", StringComparer.Ordinal));

    private readonly PhraseRewriter _synonyms;

    public TextPreparer(IEnumerable<SynonymRule> synonyms)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in synonyms)
        {
            var canonical = Normalize(rule.Canonical);

            // The canonical word maps to itself so that, longest match first, 人工客服 stays
            // 人工客服 even though its prefix 人工 is a variant of it.
            map[canonical] = IsLatin(canonical) ? $" {canonical} " : canonical;
            foreach (var variant in rule.Variants)
            {
                // Spaces around a Latin canonical word keep it from gluing onto its neighbours.
                map[Normalize(variant)] = IsLatin(canonical) ? $" {canonical} " : canonical;
            }
        }

        _synonyms = new PhraseRewriter(map);
    }

    public PreparedText Prepare(string? text) => PrepareNormalized(TextNormalizer.Normalize(text));

    /// <summary>Prepares text that has been through <see cref="TextNormalizer.Normalize"/> already.</summary>
    public PreparedText PrepareNormalized(string normalizedText)
    {
        var normalized = _synonyms.Rewrite(EnglishStemmer.StemWords(normalizedText));
        Platform? platform = null;
        var stripped = PlatformRewriter.Rewrite(normalized, name => platform ??= PlatformNames.All[name]);
        var terms = new List<ulong>(stripped.Length * 2);
        TermExtractor.Extract(stripped, terms);
        return new PreparedText(stripped.Trim(), platform, terms);
    }

    private static string Normalize(string? text) => EnglishStemmer.StemWords(TextNormalizer.Normalize(text));

    private static bool IsLatin(string text) => text.Length > 0 && !text.Any(TextNormalizer.IsCjk);
}
