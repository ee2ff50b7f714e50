namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Groups similar questions (for the unanswered-questions report): a question joins the first
/// group whose first question shares enough of its character bigrams and words (Dice ≥ the
/// threshold), otherwise it starts a new group. Greedy and order-dependent, but predictable,
/// and editors only need "these are the same ask".
/// </summary>
public static class QuestionGrouper
{
    /// <summary>Groups questions, largest group first.</summary>
    /// <param name="questions">The questions as asked.</param>
    /// <param name="threshold">Dice similarity needed to join a group (0..1).</param>
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<string> questions, double threshold = 0.5)
    {
        var groups = new List<(HashSet<ulong> Terms, List<string> Members)>();
        foreach (var question in questions)
        {
            var terms = new List<ulong>();
            TermExtractor.Extract(TextNormalizer.Normalize(question), terms);
            var set = terms.Where(t => !TermExtractor.IsUnigram(t)).ToHashSet();
            if (set.Count == 0)
            {
                set = [.. terms];
            }

            var home = groups.FindIndex(g => Dice(g.Terms, set) >= threshold);
            if (home < 0)
            {
                groups.Add((set, [question]));
            }
            else
            {
                groups[home].Members.Add(question);
            }
        }

        return groups
            .Select(g => new QuestionGroup(MostFrequent(g.Members), g.Members))
            .OrderByDescending(g => g.Questions.Count)
            .ToList();
    }

    private static double Dice(HashSet<ulong> a, HashSet<ulong> b) =>
        a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    private static string MostFrequent(List<string> members) =>
        members.GroupBy(m => m, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
}
