using ShopExit.Knowledge.Matching;

namespace ShopExit.Knowledge.Content;

/// <summary>Checks that need the whole content: ids, references, phrasings shared between entries, synonyms.</summary>
internal static class FaqValidator
{
    /// <summary>Phrasings an FAQ item should have for matching to work well.</summary>
    public const int RecommendedPhrasings = 8;

    public static void Validate(FaqContent content, List<ContentProblem> problems)
    {
        CheckIds(content, problems);
        CheckFollowups(content, problems);
        CheckPhrasings(content, problems);
        CheckSynonyms(content, problems);
        CheckTexts(content, problems);
    }

    private static void CheckTexts(FaqContent content, List<ContentProblem> problems)
    {
        var ids = content.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, BotText>(StringComparer.Ordinal);
        foreach (var text in content.Texts)
        {
            if (!seen.TryAdd(text.Key, text))
            {
                problems.Add(Error(text.Location, $"duplicate text key '{text.Key}' (first defined at {seen[text.Key].Location})"));
            }

            foreach (var button in text.Buttons.Where(b => !ids.Contains(b)))
            {
                problems.Add(Error(text.Location, $"text '{text.Key}' has button '{button}', but no entry has that id"));
            }
        }
    }

    private static void CheckIds(FaqContent content, List<ContentProblem> problems)
    {
        var seen = new Dictionary<string, FaqEntry>(StringComparer.Ordinal);
        foreach (var entry in content.Entries)
        {
            if (!seen.TryAdd(entry.Id, entry))
            {
                problems.Add(Error(entry.Location, $"duplicate id '{entry.Id}' (first defined at {seen[entry.Id].Location})"));
            }
        }
    }

    private static void CheckFollowups(FaqContent content, List<ContentProblem> problems)
    {
        var ids = content.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in content.Entries)
        {
            foreach (var followup in entry.Followups.Where(f => !ids.Contains(f)))
            {
                problems.Add(Error(entry.Location, $"'{entry.Id}' has followup '{followup}', but no entry has that id"));
            }

            if (entry.Followups.Contains(entry.Id, StringComparer.Ordinal))
            {
                problems.Add(Warning(entry.Location, $"'{entry.Id}' lists itself as a followup"));
            }
        }
    }

    private static void CheckPhrasings(FaqContent content, List<ContentProblem> problems)
    {
        var owners = new Dictionary<string, (FaqEntry Entry, Phrasing Phrasing)>(StringComparer.Ordinal);
        foreach (var entry in content.Entries)
        {
            if (entry.Kind == EntryKind.Faq && entry.Questions.Count is > 0 and < RecommendedPhrasings && !entry.Tags.Contains("smalltalk", StringComparer.Ordinal))
            {
                problems.Add(Warning(entry.Location, $"'{entry.Id}' has {entry.Questions.Count} phrasings; at least {RecommendedPhrasings} help matching"));
            }

            foreach (var phrasing in entry.Questions)
            {
                var key = TextNormalizer.Normalize(phrasing.Text);
                if (key.Length == 0)
                {
                    problems.Add(Error(phrasing.Location, $"phrasing '{phrasing.Text}' has no letters or digits to match"));
                    continue;
                }

                if (ReplyLexicon.IsContentFree(phrasing.Text))
                {
                    // An exact phrasing answers first, so 好的 here would answer everyone who says 好的.
                    problems.Add(Warning(phrasing.Location, $"phrasing '{phrasing.Text}' of '{entry.Id}' is a content-free reply (only yes/no/unsure/filler words): as a phrasing it would answer every merchant who just says it; remove it"));
                }

                if (!owners.TryAdd(key, (entry, phrasing)))
                {
                    var first = owners[key];
                    problems.Add(first.Entry == entry
                        ? Warning(phrasing.Location, $"phrasing '{phrasing.Text}' appears twice in '{entry.Id}' (also at {first.Phrasing.Location})")
                        : Error(phrasing.Location, $"phrasing '{phrasing.Text}' is under both '{entry.Id}' and '{first.Entry.Id}' (at {first.Phrasing.Location})"));
                }
            }
        }
    }

    private static void CheckSynonyms(FaqContent content, List<ContentProblem> problems)
    {
        var canonicalOf = new Dictionary<string, SynonymRule>(StringComparer.Ordinal);
        foreach (var rule in content.Synonyms)
        {
            foreach (var variant in rule.Variants)
            {
                var key = TextNormalizer.Normalize(variant);
                if (key.Length == 0)
                {
                    problems.Add(Error(rule.Location, $"synonym variant '{variant}' has no letters or digits"));
                }
                else if (string.Equals(key, TextNormalizer.Normalize(rule.Canonical), StringComparison.Ordinal))
                {
                    problems.Add(Warning(rule.Location, $"synonym variant '{variant}' is the same as its canonical word"));
                }
                else if (!canonicalOf.TryAdd(key, rule) && !string.Equals(canonicalOf[key].Canonical, rule.Canonical, StringComparison.Ordinal))
                {
                    problems.Add(Error(rule.Location, $"synonym variant '{variant}' maps to '{rule.Canonical}' here and to '{canonicalOf[key].Canonical}' at {canonicalOf[key].Location}"));
                }
            }
        }
    }

    private static ContentProblem Error(SourceLocation location, string message) => new(location, ProblemSeverity.Error, message);

    private static ContentProblem Warning(SourceLocation location, string message) => new(location, ProblemSeverity.Warning, message);
}
