using ShopExit.Knowledge.Matching;

namespace ShopExit.Knowledge.Content;

/// <summary>
/// Finds phrasings that, with themselves left out of the index, match another entry better than
/// their own: the matcher would answer the other entry for a merchant who writes them.
/// </summary>
internal static class PhrasingOverlapCheck
{
    public static IEnumerable<ContentProblem> Find(FaqContent content, FaqMatcher matcher)
    {
        for (var e = 0; e < content.Entries.Count; e++)
        {
            var entry = content.Entries[e];
            var documents = matcher.DocumentsOf(e).ToList();
            for (var i = 0; i < entry.Questions.Count && i < documents.Count; i++)
            {
                var phrasing = entry.Questions[i];
                var result = matcher.MatchWithout(phrasing.Text, documents[i]);
                if (result.Candidates.Count == 0)
                {
                    continue;
                }

                var best = result.Candidates[0];
                var own = result.Candidates.FirstOrDefault(c => c.Entry == entry)?.Score ?? 0;
                if (best.Entry != entry && best.Score > own && best.Score >= matcher.Options.FallbackBelow)
                {
                    yield return new ContentProblem(phrasing.Location, ProblemSeverity.Warning,
                        $"phrasing '{phrasing.Text}' of '{entry.Id}' matches '{best.Entry.Id}' better ({best.Score:0.00} vs {own:0.00}); reword it or add phrasings to '{entry.Id}'");
                }
            }
        }
    }
}
