using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>
/// An inverted index over every phrasing ("document"), in flat arrays so 500,000 phrasings fit
/// in a few tens of megabytes and build in seconds. Term weights are IDF over entries (not
/// phrasings): a word every phrasing of one item shares is still specific to that item.
/// </summary>
internal sealed class MatchIndex
{
    // Particles that end a sentence without changing what it asks (吗/么, 呀/啊, 了/啦).
    private const string FinalParticles = "吗么嘛呢吧啊呀啦了哦喔噢哈呗哟嘞咯";

    private MatchIndex(
        FaqEntry[] entries,
        TextPreparer preparer,
        Dictionary<ulong, int> termIds,
        float[] termWeights,
        int[] postingStart,
        int[] postingDocs,
        int[] docEntry,
        float[] docWeight,
        int[] docTermStart,
        int[] docTerms,
        Dictionary<ulong, int> exact)
    {
        Entries = entries;
        Preparer = preparer;
        TermIds = termIds;
        TermWeights = termWeights;
        PostingStart = postingStart;
        PostingDocs = postingDocs;
        DocEntry = docEntry;
        DocWeight = docWeight;
        DocTermStart = docTermStart;
        DocTerms = docTerms;
        Exact = exact;
    }

    public FaqEntry[] Entries { get; }

    public TextPreparer Preparer { get; }

    public Dictionary<ulong, int> TermIds { get; }

    /// <summary>Weight of each term id (IDF, unigrams scaled down).</summary>
    public float[] TermWeights { get; }

    /// <summary>Postings of term t are PostingDocs[PostingStart[t]..PostingStart[t+1]].</summary>
    public int[] PostingStart { get; }

    public int[] PostingDocs { get; }

    public int[] DocEntry { get; }

    /// <summary>Sum of the weights of a document's terms.</summary>
    public float[] DocWeight { get; }

    /// <summary>Sorted term ids of doc d are DocTerms[DocTermStart[d]..DocTermStart[d+1]].</summary>
    public int[] DocTermStart { get; }

    public int[] DocTerms { get; }

    /// <summary>
    /// A 64-bit hash of each prepared phrasing (spaces removed) → its document, for exact hits.
    /// Hashes instead of strings keep 500,000 phrasings to a few megabytes; a false hit needs a
    /// 64-bit collision.
    /// </summary>
    public Dictionary<ulong, int> Exact { get; }

    /// <summary>The phrasings of entry e are documents EntryDocStart[e]..EntryDocStart[e+1] (numbered entry by entry).</summary>
    public int[] EntryDocStart { get; private init; } = [];

    /// <summary>Entries containing term t are EntryPostings[EntryPostingStart[t]..EntryPostingStart[t+1]].</summary>
    public int[] EntryPostingStart { get; private init; } = [];

    public int[] EntryPostings { get; private init; } = [];

    /// <summary>
    /// BM25's term-frequency part for the entry at EntryPostings[p], tf·(k1+1) / (tf + its length
    /// normalisation), with tf how many of its phrasings have the term: computed once here so a
    /// query only multiplies and adds.
    /// </summary>
    public float[] EntryPostingBm25 { get; private init; } = [];

    /// <summary>
    /// BM25's length normalisation of each entry as one document (all its phrasings together),
    /// k1·(1 − b + b·length/average length): an entry with many phrasings has more terms by chance.
    /// </summary>
    public float[] EntryLengthNorm { get; private init; } = [];

    /// <summary>The index of the out-of-scope entry, or -1.</summary>
    public int OutOfScopeEntry { get; private init; } = -1;

    /// <summary>The average number of terms of an entry taken as one document (BM25's average length).</summary>
    public float AverageEntryLength { get; private init; } = 1;

    /// <summary>BM25's length normalisation of one phrasing taken as an entry of its own (the out-of-scope examples are).</summary>
    public float DocLengthNorm(int doc, MatchOptions options) =>
        (float)(options.Bm25K1 * (1 - options.Bm25B + (options.Bm25B * (DocTermStart[doc + 1] - DocTermStart[doc]) / AverageEntryLength)));

    /// <summary>The average <see cref="DocWeight"/>: how much a typical phrasing weighs.</summary>
    public float AverageDocWeight { get; private init; }

    /// <summary>The weight of a term no entry has.</summary>
    public float UnknownWeight { get; private init; }

    public int DocumentCount => DocEntry.Length;

    public static MatchIndex Build(FaqContent content, MatchOptions options)
    {
        var preparer = new TextPreparer(content.Synonyms);
        var entries = content.Entries.ToArray();
        var termIds = new Dictionary<ulong, int>();
        var termKeys = new List<ulong>();
        var entryFrequency = new List<int>();
        var lastEntryOfTerm = new List<int>();
        var docEntry = new List<int>();
        var docTermStart = new List<int> { 0 };
        var docTerms = new List<int>();
        var exact = new Dictionary<ulong, int>();
        var ambiguousExact = new HashSet<ulong>();
        var scratchIds = new List<int>();

        for (var e = 0; e < entries.Length; e++)
        {
            foreach (var phrasing in entries[e].Questions)
            {
                var prepared = preparer.Prepare(phrasing.Text);
                scratchIds.Clear();
                foreach (var term in prepared.Terms)
                {
                    if (!termIds.TryGetValue(term, out var id))
                    {
                        id = termKeys.Count;
                        termIds.Add(term, id);
                        termKeys.Add(term);
                        entryFrequency.Add(0);
                        lastEntryOfTerm.Add(-1);
                    }

                    if (lastEntryOfTerm[id] != e)
                    {
                        lastEntryOfTerm[id] = e;
                        entryFrequency[id]++;
                    }

                    scratchIds.Add(id);
                }

                scratchIds.Sort();
                var doc = docEntry.Count;
                docEntry.Add(e);
                docTerms.AddRange(scratchIds);
                docTermStart.Add(docTerms.Count);

                var key = ExactKey(prepared.Normalized);
                if (prepared.Normalized.Length > 0 && !ambiguousExact.Contains(key) && !exact.TryAdd(key, doc) && docEntry[exact[key]] != e)
                {
                    // The same text under two entries answers neither exactly; faq check reports it.
                    exact.Remove(key);
                    ambiguousExact.Add(key);
                }
            }
        }

        var weights = new float[termKeys.Count];
        for (var t = 0; t < weights.Length; t++)
        {
            weights[t] = (float)(Idf(entries.Length, entryFrequency[t]) * KindFactor(termKeys[t], options));
        }

        var docTermArray = docTerms.ToArray();
        var docTermStartArray = docTermStart.ToArray();
        var docWeight = new float[docEntry.Count];
        var postingCount = new int[termKeys.Count + 1];
        for (var d = 0; d < docWeight.Length; d++)
        {
            for (var i = docTermStartArray[d]; i < docTermStartArray[d + 1]; i++)
            {
                docWeight[d] += weights[docTermArray[i]];
                postingCount[docTermArray[i] + 1]++;
            }
        }

        for (var t = 0; t < termKeys.Count; t++)
        {
            postingCount[t + 1] += postingCount[t];
        }

        var postingDocs = new int[docTermArray.Length];
        var fill = (int[])postingCount.Clone();
        for (var d = 0; d < docWeight.Length; d++)
        {
            for (var i = docTermStartArray[d]; i < docTermStartArray[d + 1]; i++)
            {
                postingDocs[fill[docTermArray[i]]++] = d;
            }
        }

        var docEntryArray = docEntry.ToArray();
        var (entryPostingStart, entryPostings, entryPostingTf) = BuildEntryPostings(postingCount, postingDocs, docEntryArray);
        var entryDocStart = new int[entries.Length + 1];
        var entryLength = new double[entries.Length];
        for (var d = 0; d < docEntryArray.Length; d++)
        {
            entryDocStart[docEntryArray[d] + 1]++;
            entryLength[docEntryArray[d]] += docTermStartArray[d + 1] - docTermStartArray[d];
        }

        for (var e = 0; e < entries.Length; e++)
        {
            entryDocStart[e + 1] += entryDocStart[e];
        }

        var averageLength = entries.Length == 0 ? 1 : Math.Max(1, entryLength.Average());
        var entryLengthNorm = entryLength
            .Select(length => (float)(options.Bm25K1 * (1 - options.Bm25B + (options.Bm25B * length / averageLength))))
            .ToArray();

        return new MatchIndex(entries, preparer, termIds, weights, postingCount, postingDocs, docEntryArray, docWeight, docTermStartArray, docTermArray, exact)
        {
            EntryDocStart = entryDocStart,
            EntryPostingStart = entryPostingStart,
            EntryPostings = entryPostings,
            EntryPostingBm25 = Bm25Parts(entryPostings, entryPostingTf, entryLengthNorm, options),
            EntryLengthNorm = entryLengthNorm,
            UnknownWeight = (float)(Idf(entries.Length, 0) * options.UnknownTermFactor),
            AverageDocWeight = docWeight.Length == 0 ? 1 : docWeight.Average(),
            OutOfScopeEntry = Array.FindIndex(entries, e => e.Kind == EntryKind.OutOfScope),
            AverageEntryLength = (float)averageLength,
        };
    }

    /// <summary>BM25's term-frequency part for a term found in <paramref name="tf"/> phrasings of an entry.</summary>
    public float Bm25Part(int tf, int entry, MatchOptions options) => (float)(tf * (options.Bm25K1 + 1) / (tf + EntryLengthNorm[entry]));

    /// <summary>
    /// The exact-hit key of prepared text: a hash of its characters, spaces skipped, without the
    /// sentence-final particles (在吗 and 在么, 谢啦 and 谢了, 您好呀 and 您好 are one text) and
    /// without the shop-chat address 亲 in front (亲，在吗).
    /// </summary>
    public static ulong ExactKey(string normalized)
    {
        var text = normalized.AsSpan().Trim(' ');
        if (text.Length > 1 && text[0] == '亲')
        {
            var rest = text.TrimStart('亲').TrimStart(' ');
            text = rest.Length > 0 && TextNormalizer.IsCjk(rest[0]) ? rest : text;
        }

        while (text.Length > 1 && (FinalParticles.Contains(text[^1], StringComparison.Ordinal) || text[^1] == ' '))
        {
            text = text[..^1];
        }

        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            if (c != ' ')
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        return hash;
    }

    /// <summary>How much a term's kind scales its weight: unigrams and function words say less.</summary>
    public static double KindFactor(ulong term, MatchOptions options) =>
        (TermExtractor.IsUnigram(term) ? options.UnigramWeight : 1) * (TermExtractor.IsFunctionWord(term) ? options.FunctionWordWeight : 1);

    private static float[] Bm25Parts(int[] entries, ushort[] tf, float[] lengthNorm, MatchOptions options)
    {
        var parts = new float[entries.Length];
        for (var p = 0; p < entries.Length; p++)
        {
            parts[p] = (float)(tf[p] * (options.Bm25K1 + 1) / (tf[p] + lengthNorm[entries[p]]));
        }

        return parts;
    }

    // Documents are numbered entry by entry, so each term's doc postings list its entries in
    // order: dropping repeats gives the entry postings, counting them the term frequencies.
    private static (int[] Start, int[] Entries, ushort[] Tf) BuildEntryPostings(int[] postingStart, int[] postingDocs, int[] docEntry)
    {
        // There are never more entry postings than doc postings: fill arrays of that size, then trim.
        var start = new int[postingStart.Length];
        var entries = new int[postingDocs.Length];
        var tf = new ushort[postingDocs.Length];
        var count = 0;
        for (var t = 0; t + 1 < postingStart.Length; t++)
        {
            start[t] = count;
            var last = -1;
            for (var p = postingStart[t]; p < postingStart[t + 1]; p++)
            {
                var entry = docEntry[postingDocs[p]];
                if (entry != last)
                {
                    entries[count] = entry;
                    tf[count++] = 1;
                    last = entry;
                }
                else if (tf[count - 1] < ushort.MaxValue)
                {
                    tf[count - 1]++;
                }
            }
        }

        start[^1] = count;
        Array.Resize(ref entries, count);
        Array.Resize(ref tf, count);
        return (start, entries, tf);
    }

    // BM25's IDF, always positive.
    private static double Idf(int entryCount, int frequency) =>
        Math.Log(1 + ((entryCount - frequency + 0.5) / (frequency + 0.5)));
}
