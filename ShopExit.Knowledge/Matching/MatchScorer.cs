namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Scores a prepared message against every entry. An entry's score blends three views of it:
/// its best phrasing (an IDF-weighted Dice coefficient, S(q∩d) / (b·S(q) + (1−b)·S(d))), how much
/// of the message its phrasings cover together, and BM25 over all its phrasings as one document.
/// Each part is in 0..1, so one threshold works for short and long texts alike.
/// </summary>
internal sealed class MatchScorer(MatchIndex index, MatchOptions options)
{
    // Above this many phrasings, common terms are not walked through postings (they would touch
    // most of the index): single characters found in more than 1/256 of the phrasings, bigrams
    // and words in more than 1/16. They are added back exactly for the best candidates. Below
    // the limit every posting is walked and scores are exact from the start.
    private const int ExactScanLimit = 20_000;
    private const int RescoredCandidates = 256;

    private readonly float _k1Plus1 = (float)(options.Bm25K1 + 1);

    /// <summary>The best entries, best first (at most <see cref="MatchOptions.MaxCandidates"/>).</summary>
    /// <param name="prepared">The message.</param>
    /// <param name="excludedDocument">A phrasing to leave out of the index (faq check), or -1.</param>
    /// <param name="scratch">This thread's working memory; the caller clears it.</param>
    /// <param name="count">How many entries to return.</param>
    public List<EntryScore> Score(PreparedText prepared, int excludedDocument, MatchScratch scratch, int count)
    {
        var queryWeight = 0f;
        var unknownWeights = scratch.UnknownWeights;
        var large = index.DocumentCount > ExactScanLimit;
        var commonUnigram = large ? index.DocumentCount / 256 : int.MaxValue;
        var commonTerm = large ? index.DocumentCount / 16 : int.MaxValue;
        foreach (var term in prepared.Terms)
        {
            if (!index.TermIds.TryGetValue(term, out var id))
            {
                unknownWeights.Add(index.UnknownWeight * (float)MatchIndex.KindFactor(term, options));
                continue;
            }

            var weight = index.TermWeights[id];
            queryWeight += weight;
            scratch.QueryTermIds.Add(id);
            var start = index.PostingStart[id];
            var end = index.PostingStart[id + 1];
            if (end - start > (TermExtractor.IsUnigram(term) ? commonUnigram : commonTerm))
            {
                scratch.SkippedTermIds.Add(id);
                continue;
            }

            for (var p = index.EntryPostingStart[id]; p < index.EntryPostingStart[id + 1]; p++)
            {
                AddToEntry(scratch, index.EntryPostings[p], weight, index.EntryPostingBm25[p]);
            }

            for (var p = start; p < end; p++)
            {
                var doc = index.PostingDocs[p];
                if (scratch.DocScore[doc] == 0)
                {
                    scratch.TouchedDocs.Add(doc);
                }

                scratch.DocScore[doc] += weight;
            }
        }

        // The heaviest unknown terms count, up to the cap (MatchOptions.MaxUnknownTerms).
        unknownWeights.Sort();
        for (var i = unknownWeights.Count - 1; i >= 0 && i >= unknownWeights.Count - options.MaxUnknownTerms; i--)
        {
            queryWeight += unknownWeights[i];
        }

        if (scratch.SkippedTermIds.Count > 0)
        {
            RescoreBestExactly(scratch);
        }

        queryWeight = Math.Min(queryWeight, (float)(options.QueryWeightCap * index.AverageDocWeight));

        if (excludedDocument >= 0)
        {
            EntryWithout(excludedDocument, scratch);
        }

        var bias = (float)options.QueryCoverageBias;
        foreach (var doc in scratch.TouchedDocs)
        {
            if (doc == excludedDocument)
            {
                continue;
            }

            var entry = index.DocEntry[doc];
            var similarity = scratch.DocScore[doc] / ((bias * queryWeight) + ((1 - bias) * index.DocWeight[doc]));
            if (entry == index.OutOfScopeEntry)
            {
                ScoreExample(scratch, doc, similarity, queryWeight);
            }

            if (scratch.EntryBest[entry] == 0)
            {
                scratch.TouchedEntries.Add(entry);
            }

            if (similarity > scratch.EntryBest[entry])
            {
                scratch.EntryBest[entry] = similarity;
                scratch.EntryBestDoc[entry] = doc;
            }
        }

        return TopEntries(scratch, queryWeight, count);
    }

    // The out-of-scope examples are unrelated questions, not paraphrases of one: their union covers
    // much of any long message. Each is scored as an entry of its own and the best one counts.
    private void ScoreExample(MatchScratch scratch, int doc, float similarity, float queryWeight)
    {
        var coverage = scratch.DocScore[doc] / queryWeight;
        var bm25 = scratch.DocScore[doc] / (queryWeight * (1 + index.DocLengthNorm(doc, options)));
        var score = (float)options.OutOfScopeExampleScale * (((1 - (float)options.EntryCoverageWeight - (float)options.EntryBm25Weight) * similarity)
            + ((float)options.EntryCoverageWeight * coverage) + ((float)options.EntryBm25Weight * bm25));
        if (score > scratch.OutOfScopeBest.Score)
        {
            scratch.OutOfScopeBest = new EntryScore(index.OutOfScopeEntry, doc, similarity, coverage, bm25, score, scratch.DocScore[doc] / index.DocWeight[doc]);
        }
    }

    private static void AddToEntry(MatchScratch scratch, int entry, float weight, float bm25Part)
    {
        if (scratch.EntryCover[entry] == 0)
        {
            scratch.CoveredEntries.Add(entry);
        }

        scratch.EntryCover[entry] += weight;
        scratch.EntryBm25[entry] += weight * bm25Part;
    }

    // Only the best candidates by the partial score get the common terms added back, by merging
    // their sorted term ids with the query's: exact where it matters, cheap everywhere else.
    private void RescoreBestExactly(MatchScratch scratch)
    {
        var docs = scratch.TouchedDocs;
        if (docs.Count > RescoredCandidates)
        {
            // Keep the best few by partial score with a bounded min-heap: O(n log k), no full sort.
            var best = scratch.Best;
            best.Clear();
            foreach (var doc in docs)
            {
                var score = scratch.DocScore[doc];
                if (best.Count < RescoredCandidates)
                {
                    best.Enqueue(doc, score);
                }
                else if (score > scratch.BestFloor(best))
                {
                    best.DequeueEnqueue(doc, score);
                }
            }

            foreach (var doc in docs)
            {
                scratch.DocScore[doc] = 0;
            }

            docs.Clear();
            while (best.TryDequeue(out var doc, out var score))
            {
                docs.Add(doc);
                scratch.DocScore[doc] = score;
            }
        }

        // Doc numbers run entry by entry, so sorted, each entry's kept phrasings are neighbours.
        // While merging each kept phrasing's sorted term ids with the query's, the common terms it
        // has are counted for its entry: its coverage and BM25 get them back from the phrasings at
        // hand (the best candidates), not from the common terms' long postings.
        docs.Sort();
        var query = scratch.QueryTermIds;
        query.Sort();
        scratch.SkippedTermIds.Sort();
        var skipped = scratch.SkippedFlags;
        var tf = scratch.SkippedTf;
        skipped.Clear();
        tf.Clear();
        foreach (var term in query)
        {
            skipped.Add(scratch.SkippedTermIds.BinarySearch(term) >= 0);
            tf.Add(0);
        }

        var current = -1;
        foreach (var doc in docs)
        {
            var entry = index.DocEntry[doc];
            if (entry != current)
            {
                AddSkippedTerms(scratch, current);
                current = entry;
            }

            var overlap = 0f;
            var q = 0;
            for (var i = index.DocTermStart[doc]; i < index.DocTermStart[doc + 1] && q < query.Count; i++)
            {
                var term = index.DocTerms[i];
                while (q < query.Count && query[q] < term)
                {
                    q++;
                }

                if (q < query.Count && query[q] == term)
                {
                    overlap += index.TermWeights[term];
                    if (skipped[q])
                    {
                        tf[q]++;
                    }
                }
            }

            scratch.DocScore[doc] = overlap;
        }

        AddSkippedTerms(scratch, current);
    }

    private void AddSkippedTerms(MatchScratch scratch, int entry)
    {
        var tf = scratch.SkippedTf;
        for (var q = 0; q < tf.Count; q++)
        {
            if (tf[q] > 0)
            {
                var term = scratch.QueryTermIds[q];
                AddToEntry(scratch, entry, index.TermWeights[term], index.Bm25Part(tf[q], entry, options));
                tf[q] = 0;
            }
        }
    }

    // For faq check: the left-out phrasing must not cover the query for its own entry either,
    // or every phrasing would look safely covered by itself.
    private void EntryWithout(int excludedDocument, MatchScratch scratch)
    {
        var entry = index.DocEntry[excludedDocument];
        var tf = new Dictionary<int, int>();
        for (var doc = index.EntryDocStart[entry]; doc < index.EntryDocStart[entry + 1]; doc++)
        {
            if (doc != excludedDocument)
            {
                for (var i = index.DocTermStart[doc]; i < index.DocTermStart[doc + 1]; i++)
                {
                    tf[index.DocTerms[i]] = tf.GetValueOrDefault(index.DocTerms[i]) + 1;
                }
            }
        }

        if (scratch.EntryCover[entry] == 0)
        {
            scratch.CoveredEntries.Add(entry);
        }

        scratch.EntryCover[entry] = 0;
        scratch.EntryBm25[entry] = 0;
        foreach (var term in scratch.QueryTermIds.Where(tf.ContainsKey))
        {
            AddToEntry(scratch, entry, index.TermWeights[term], index.Bm25Part(tf[term], entry, options));
        }
    }

    private List<EntryScore> TopEntries(MatchScratch scratch, float queryWeight, int count)
    {
        var coverageShare = (float)options.EntryCoverageWeight;
        var bm25Share = (float)options.EntryBm25Weight;
        var phrasingShare = 1 - coverageShare - bm25Share;
        var bm25Scale = 1 / (_k1Plus1 * queryWeight);
        var best = new List<EntryScore>(count + 1);
        foreach (var entry in scratch.TouchedEntries)
        {
            var phrasing = scratch.EntryBest[entry];
            var coverage = scratch.EntryCover[entry] / queryWeight;
            var bm25 = scratch.EntryBm25[entry] * bm25Scale;
            var score = (phrasingShare * phrasing) + (coverageShare * coverage) + (bm25Share * bm25);
            var bestDoc = scratch.EntryBestDoc[entry];
            if (entry == index.OutOfScopeEntry)
            {
                var example = scratch.OutOfScopeBest;
                (phrasing, coverage, bm25, score, bestDoc) = (example.Phrasing, example.Coverage, example.Bm25, example.Score, example.BestDocument);
            }

            if (best.Count == count && score <= best[^1].Score)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && score > best[at - 1].Score)
            {
                at--;
            }

            best.Insert(at, new EntryScore(entry, bestDoc, phrasing, coverage, bm25, score, scratch.DocScore[bestDoc] / index.DocWeight[bestDoc]));
            if (best.Count > count)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return best;
    }
}
