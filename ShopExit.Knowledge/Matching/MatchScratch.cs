namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Per-thread working memory for one index, reused across queries so a match allocates almost
/// nothing; only the slots a query touched are cleared afterwards.
/// </summary>
internal sealed class MatchScratch(int documentCount, int entryCount)
{
    public float[] DocScore { get; } = new float[documentCount];

    public List<int> TouchedDocs { get; } = [];

    public float[] EntryBest { get; } = new float[entryCount];

    /// <summary>Weight of the query terms found anywhere in the entry's phrasings.</summary>
    public float[] EntryCover { get; } = new float[entryCount];

    public List<int> CoveredEntries { get; } = [];

    public List<int> TouchedEntries { get; } = [];

    public List<int> QueryTermIds { get; } = [];

    public List<float> UnknownWeights { get; } = [];

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
        }

        CoveredEntries.Clear();
        TouchedDocs.Clear();
        TouchedEntries.Clear();
        QueryTermIds.Clear();
        UnknownWeights.Clear();
    }
}
