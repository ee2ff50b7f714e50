using System.Globalization;
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
            if (entry.Kind == EntryKind.OutOfScope)
            {
                // Its examples are meant to sit next to real topics; only the reverse is a problem.
                continue;
            }

            var documents = matcher.DocumentsOf(e).ToList();
            for (var i = 0; i < entry.Questions.Count && i < documents.Count; i++)
            {
                var phrasing = entry.Questions[i];
                if (entry.Kind == EntryKind.Escalate && HumanRequestDetector.Find(phrasing.Text) is not null)
                {
                    // Requests for a person are found before any score (转人工, talk to a human),
                    // so what they would score against other entries never matters.
                    continue;
                }

                var ranked = matcher.RankWithout(phrasing.Text, documents[i]);
                if (ranked.Count == 0)
                {
                    continue;
                }

                var best = ranked[0];
                var own = ranked.FirstOrDefault(c => c.Entry == entry)?.Score ?? 0;
                if (best.Entry != entry && best.Score > own && best.Score >= matcher.Options.FallbackBelow)
                {
                    var ownText = own > 0 ? own.ToString("0.00", CultureInfo.InvariantCulture) : "not in the top 5";
                    yield return new ContentProblem(phrasing.Location, ProblemSeverity.Warning,
                        $"phrasing '{phrasing.Text}' of '{entry.Id}' matches '{best.Entry.Id}' better ({best.Score.ToString("0.00", CultureInfo.InvariantCulture)} vs {ownText}); reword it or add phrasings to '{entry.Id}'");
                }
            }
        }
    }
}
