namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Per-thread working memory for one index, reused across queries so a match allocates almost
/// nothing; only the slots a query touched are cleared afterwards.
/// </summary>
internal sealed class MatchScratch(int documentCount, int entryCount)
{
    public float[] DocScore { get; } = new float[documentCount];

    public List<int> TouchedDocs { get; } = [];

    /// <summary>The best phrasing similarity of each entry.</summary>
    public float[] EntryBest { get; } = new float[entryCount];

    /// <summary>The phrasing that gave <see cref="EntryBest"/>.</summary>
    public int[] EntryBestDoc { get; } = new int[entryCount];

    /// <summary>Weight of the query terms found anywhere in the entry's phrasings.</summary>
    public float[] EntryCover { get; } = new float[entryCount];

    /// <summary>BM25 of the query against the entry as one document (not yet normalised).</summary>
    public float[] EntryBm25 { get; } = new float[entryCount];

    /// <summary>The best out-of-scope example, scored as an entry of its own.</summary>
    public EntryScore OutOfScopeBest { get; set; }

    public List<int> CoveredEntries { get; } = [];

    public List<int> TouchedEntries { get; } = [];

    public List<int> QueryTermIds { get; } = [];

    /// <summary>Common query terms left out of the posting walk (large bases), added back for the best candidates.</summary>
    public List<int> SkippedTermIds { get; } = [];

    public List<float> UnknownWeights { get; } = [];

    /// <summary>For each (sorted) query term, whether it was left out of the posting walk.</summary>
    public List<bool> SkippedFlags { get; } = [];

    /// <summary>For each (sorted) query term, how many kept phrasings of the current candidate entry have it.</summary>
    public List<int> SkippedTf { get; } = [];

    /// <summary>The best candidates by partial score (a min-heap: the weakest on top).</summary>
    public PriorityQueue<int, float> Best { get; } = new();

    /// <summary>The weakest score kept in <paramref name="best"/>.</summary>
    public float BestFloor(PriorityQueue<int, float> best) => best.TryPeek(out _, out var floor) ? floor : float.MinValue;

    public void Clear()
    {
        foreach (var d in TouchedDocs)
        {
            DocScore[d] = 0;
        }

        foreach (var e in TouchedEntries)
        {
            EntryBest[e] = 0;
        }

        foreach (var e in CoveredEntries)
        {
            EntryCover[e] = 0;
            EntryBm25[e] = 0;
        }

        OutOfScopeBest = default;
        CoveredEntries.Clear();
        TouchedDocs.Clear();
        TouchedEntries.Clear();
        QueryTermIds.Clear();
        SkippedTermIds.Clear();
        UnknownWeights.Clear();
    }
}
