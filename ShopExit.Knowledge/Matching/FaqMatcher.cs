using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Scores a message against every phrasing and decides answer / clarify / fallback.
/// The similarity of a message q and a phrasing d is an IDF-weighted Dice coefficient,
/// S(q∩d) / (b·S(q) + (1−b)·S(d)), in 0..1, so one threshold works for short and long
/// texts alike; an entry scores as its best phrasing. Thread-safe.
/// </summary>
public sealed class FaqMatcher
{
    // Above this many phrasings, common terms are not walked through postings (they would touch
    // most of the index): single characters found in more than 1/256 of the phrasings, bigrams
    // and words in more than 1/16. They are added back exactly for the best candidates. Below
    // the limit every posting is walked and scores are exact from the start.
    private const int ExactScanLimit = 20_000;
    private const int RescoredCandidates = 256;

    private readonly MatchIndex _index;
    private readonly MatchOptions _options;
    private readonly ThreadLocal<MatchScratch> _scratch;

    private FaqMatcher(MatchIndex index, MatchOptions options)
    {
        _index = index;
        _options = options;
        _scratch = new ThreadLocal<MatchScratch>(() => new MatchScratch(index.DocumentCount, index.Entries.Length));
    }

    /// <summary>Builds the index over <paramref name="content"/>.</summary>
    public static FaqMatcher Build(FaqContent content, MatchOptions? options = null)
    {
        options ??= new MatchOptions();
        return new FaqMatcher(MatchIndex.Build(content, options), options);
    }

    /// <summary>The options the matcher was built with.</summary>
    public MatchOptions Options => _options;

    /// <summary>How many phrasings are indexed.</summary>
    public int PhrasingCount => _index.DocumentCount;

    /// <summary>Matches one message. Never throws for any text.</summary>
    /// <param name="text">What the merchant wrote; null, empty or huge is fine.</param>
    public MatchResult Match(string? text) => Match(text, excludedDocument: -1);

    /// <summary>
    /// Ranks entries for a phrasing as if it were not in the index (used by faq check). Unlike
    /// <see cref="Match(string?)"/>, the out-of-scope entry stays in the ranking.
    /// </summary>
    internal IReadOnlyList<MatchCandidate> RankWithout(string text, int document)
    {
        var prepared = _index.Preparer.Prepare(text);
        var scratch = _scratch.Value!;
        try
        {
            return prepared.Terms.Count == 0 ? [] : Score(prepared, document, scratch);
        }
        finally
        {
            scratch.Clear();
        }
    }

    /// <summary>The document number of each phrasing of entry <paramref name="entryIndex"/>, in order.</summary>
    internal IEnumerable<int> DocumentsOf(int entryIndex) =>
        Enumerable.Range(_index.EntryDocStart[entryIndex], _index.EntryDocStart[entryIndex + 1] - _index.EntryDocStart[entryIndex]);

    private MatchResult Match(string? text, int excludedDocument)
    {
        var prepared = _index.Preparer.Prepare(text);
        if (prepared.Terms.Count == 0 || _index.DocumentCount == 0)
        {
            return MatchResult.Nothing(prepared.Platform);
        }

        if (_index.Exact.TryGetValue(MatchIndex.ExactKey(prepared.Normalized), out var exactDoc) && exactDoc != excludedDocument)
        {
            var entry = _index.Entries[_index.DocEntry[exactDoc]];
            return entry.Kind == EntryKind.OutOfScope
                ? new MatchResult { Decision = MatchDecision.Fallback, Candidates = [], Platform = prepared.Platform }
                : new MatchResult { Decision = MatchDecision.Answer, Candidates = [new MatchCandidate(entry, 1.0)], Platform = prepared.Platform };
        }

        var scratch = _scratch.Value!;
        try
        {
            var ranked = Score(prepared, excludedDocument, scratch);
            return Decide(ranked, prepared.Platform);
        }
        finally
        {
            scratch.Clear();
        }
    }

    private List<MatchCandidate> Score(PreparedText prepared, int excludedDocument, MatchScratch scratch)
    {
        var queryWeight = 0f;
        var skippedAny = false;
        var unknownWeights = scratch.UnknownWeights;
        var large = _index.DocumentCount > ExactScanLimit;
        var commonUnigram = large ? _index.DocumentCount / 256 : int.MaxValue;
        var commonTerm = large ? _index.DocumentCount / 16 : int.MaxValue;
        foreach (var term in prepared.Terms)
        {
            if (!_index.TermIds.TryGetValue(term, out var id))
            {
                unknownWeights.Add(_index.UnknownWeight * (float)MatchIndex.KindFactor(term, _options));
                continue;
            }

            var weight = _index.TermWeights[id];
            queryWeight += weight;
            scratch.QueryTermIds.Add(id);
            var start = _index.PostingStart[id];
            var end = _index.PostingStart[id + 1];
            if (end - start > (TermExtractor.IsUnigram(term) ? commonUnigram : commonTerm))
            {
                skippedAny = true;
                continue;
            }

            for (var p = _index.EntryPostingStart[id]; p < _index.EntryPostingStart[id + 1]; p++)
            {
                var entry = _index.EntryPostings[p];
                if (scratch.EntryCover[entry] == 0)
                {
                    scratch.CoveredEntries.Add(entry);
                }

                scratch.EntryCover[entry] += weight;
            }

            for (var p = start; p < end; p++)
            {
                var doc = _index.PostingDocs[p];
                if (scratch.DocScore[doc] == 0)
                {
                    scratch.TouchedDocs.Add(doc);
                }

                scratch.DocScore[doc] += weight;
            }
        }

        // The heaviest unknown terms count, up to the cap (MatchOptions.MaxUnknownTerms).
        unknownWeights.Sort();
        for (var i = unknownWeights.Count - 1; i >= 0 && i >= unknownWeights.Count - _options.MaxUnknownTerms; i--)
        {
            queryWeight += unknownWeights[i];
        }

        if (skippedAny)
        {
            RescoreBestExactly(scratch);
        }

        if (excludedDocument >= 0)
        {
            CoverWithout(excludedDocument, scratch);
        }

        var bias = (float)_options.QueryCoverageBias;
        var coverageShare = (float)_options.EntryCoverageWeight;
        foreach (var doc in scratch.TouchedDocs)
        {
            if (doc == excludedDocument)
            {
                continue;
            }

            var entry = _index.DocEntry[doc];
            var similarity = ((1 - coverageShare) * scratch.DocScore[doc] / ((bias * queryWeight) + ((1 - bias) * _index.DocWeight[doc])))
                + (coverageShare * scratch.EntryCover[entry] / queryWeight);
            if (scratch.EntryBest[entry] == 0)
            {
                scratch.TouchedEntries.Add(entry);
            }

            if (similarity > scratch.EntryBest[entry])
            {
                scratch.EntryBest[entry] = similarity;
            }
        }

        return TopEntries(scratch);
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

        scratch.QueryTermIds.Sort();
        foreach (var doc in docs)
        {
            var overlap = 0f;
            var q = 0;
            for (var i = _index.DocTermStart[doc]; i < _index.DocTermStart[doc + 1] && q < scratch.QueryTermIds.Count; i++)
            {
                var term = _index.DocTerms[i];
                while (q < scratch.QueryTermIds.Count && scratch.QueryTermIds[q] < term)
                {
                    q++;
                }

                if (q < scratch.QueryTermIds.Count && scratch.QueryTermIds[q] == term)
                {
                    overlap += _index.TermWeights[term];
                }
            }

            scratch.DocScore[doc] = overlap;
        }
    }

    // For faq check: the left-out phrasing must not cover the query for its own entry either,
    // or every phrasing would look safely covered by itself.
    private void CoverWithout(int excludedDocument, MatchScratch scratch)
    {
        var entry = _index.DocEntry[excludedDocument];
        var others = new HashSet<int>();
        foreach (var doc in DocumentsOf(entry))
        {
            if (doc != excludedDocument)
            {
                for (var i = _index.DocTermStart[doc]; i < _index.DocTermStart[doc + 1]; i++)
                {
                    others.Add(_index.DocTerms[i]);
                }
            }
        }

        if (scratch.EntryCover[entry] == 0)
        {
            scratch.CoveredEntries.Add(entry);
        }

        scratch.EntryCover[entry] = scratch.QueryTermIds.Where(others.Contains).Sum(t => _index.TermWeights[t]);
    }

    private List<MatchCandidate> TopEntries(MatchScratch scratch)
    {
        var max = _options.MaxCandidates;
        var best = new List<(int Entry, float Score)>(max + 1);
        foreach (var entry in scratch.TouchedEntries)
        {
            var score = scratch.EntryBest[entry];
            if (best.Count == max && score <= best[^1].Score)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && score > best[at - 1].Score)
            {
                at--;
            }

            best.Insert(at, (entry, score));
            if (best.Count > max)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return best.ConvertAll(b => new MatchCandidate(_index.Entries[b.Entry], Math.Round(b.Score, 4)));
    }

    private MatchResult Decide(List<MatchCandidate> ranked, Platform? platform)
    {
        // The out-of-scope examples only ever argue for fallback: they are never offered or answered.
        var outOfScopeWins = ranked.Count > 0 && ranked[0].Entry.Kind == EntryKind.OutOfScope;
        ranked.RemoveAll(c => c.Entry.Kind == EntryKind.OutOfScope);
        if (outOfScopeWins || ranked.Count == 0 || ranked[0].Score < _options.FallbackBelow)
        {
            return new MatchResult { Decision = MatchDecision.Fallback, Candidates = ranked, Platform = platform };
        }

        var close = ranked
            .TakeWhile(c => c.Score >= _options.FallbackBelow && ranked[0].Score - c.Score <= _options.ClarifyMargin)
            .Take(_options.MaxClarifyChoices)
            .ToList();
        return close.Count > 1
            ? new MatchResult { Decision = MatchDecision.Clarify, Candidates = ranked, ClarifyChoices = close, Platform = platform }
            : new MatchResult { Decision = MatchDecision.Answer, Candidates = ranked, Platform = platform };
    }
}
