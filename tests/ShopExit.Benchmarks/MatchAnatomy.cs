using System.Globalization;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Benchmarks;

/// <summary>
/// Diagnostics for the matcher engineer (<c>--probe --anatomy</c>): how much work one match does
/// at each size — terms, postings walked, documents touched — read from the index's internals
/// (InternalsVisibleTo) with the same rules as <c>FaqMatcher.Score</c>, without timing anything.
/// </summary>
internal static class MatchAnatomy
{
    // Mirrors FaqMatcher.ExactScanLimit: above it, terms in more than 1/8 of the phrasings are skipped.
    private const int ExactScanLimit = 20_000;

    public static void Print(string name, FaqContent content, string[] queries)
    {
        var index = MatchIndex.Build(content, new MatchOptions());
        var commonLimit = index.DocumentCount > ExactScanLimit ? index.DocumentCount / 8 : int.MaxValue;
        var touched = new bool[index.DocumentCount];
        var touchedList = new List<int>();
        var terms = new List<double>();
        var skipped = new List<double>();
        var walked = new List<double>();
        var unigramShare = new List<double>();
        var entryWalked = new List<double>();
        var touchedDocs = new List<double>();
        foreach (var query in queries)
        {
            var prepared = index.Preparer.Prepare(query);
            long docPostings = 0;
            long unigramPostings = 0;
            long entryPostings = 0;
            var skippedTerms = 0;
            foreach (var term in prepared.Terms)
            {
                if (!index.TermIds.TryGetValue(term, out var id))
                {
                    continue;
                }

                var length = index.PostingStart[id + 1] - index.PostingStart[id];
                if (length > commonLimit)
                {
                    skippedTerms++;
                    continue;
                }

                docPostings += length;
                if (TermExtractor.IsUnigram(term))
                {
                    unigramPostings += length;
                }

                entryPostings += index.EntryPostingStart[id + 1] - index.EntryPostingStart[id];
                for (var p = index.PostingStart[id]; p < index.PostingStart[id + 1]; p++)
                {
                    var doc = index.PostingDocs[p];
                    if (!touched[doc])
                    {
                        touched[doc] = true;
                        touchedList.Add(doc);
                    }
                }
            }

            terms.Add(prepared.Terms.Count);
            skipped.Add(skippedTerms);
            walked.Add(docPostings);
            unigramShare.Add(docPostings == 0 ? 0 : 100.0 * unigramPostings / docPostings);
            entryWalked.Add(entryPostings);
            touchedDocs.Add(touchedList.Count);
            foreach (var doc in touchedList)
            {
                touched[doc] = false;
            }

            touchedList.Clear();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-18} {index.DocumentCount,9} docs, skip limit {(commonLimit == int.MaxValue ? "none" : commonLimit.ToString(CultureInfo.InvariantCulture)),7}: " +
            $"terms {Describe(terms)} | skipped as common {Describe(skipped)} | doc postings walked {Describe(walked)} (% from unigrams {Describe(unigramShare)}) | entry postings walked {Describe(entryWalked)} | docs touched (sorted when any term is skipped) {Describe(touchedDocs)}"));
    }

    private static string Describe(List<double> values)
    {
        values.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"p50 {values[values.Count / 2]:0} p99 {values[(int)(values.Count * 0.99)]:0} mean {values.Average():0}");
    }
}
