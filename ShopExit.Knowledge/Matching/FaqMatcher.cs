using System.Globalization;
using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Decides answer / clarify / fallback for a message, by rules in a fixed order: nothing to match
/// → fallback; an exact phrasing → answer it; a request for a human → escalate; a content-free
/// reply (好的, 没有, ok) → fallback; then the scores (<see cref="MatchScorer"/>): the out-of-scope
/// entry best → fallback; a short text below <see cref="MatchOptions.ShortTextMinimum"/> →
/// fallback; below <see cref="MatchOptions.FallbackBelow"/> → fallback; close candidates →
/// clarify; otherwise answer. Every result names the rule that made it. Thread-safe.
/// </summary>
public sealed class FaqMatcher
{
    // Longer than this (in normalised characters), a message is not checked for being content-free.
    private const int MaxContentFreeLength = 40;

    private readonly MatchIndex _index;
    private readonly MatchOptions _options;
    private readonly MatchScorer _scorer;
    private readonly FaqEntry? _escalate;
    private readonly ThreadLocal<MatchScratch> _scratch;

    private FaqMatcher(MatchIndex index, MatchOptions options)
    {
        _index = index;
        _options = options;
        _scorer = new MatchScorer(index, options);
        _escalate = index.Entries.FirstOrDefault(e => e.Kind == EntryKind.Escalate);
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
    public MatchResult Match(string? text) => Run(text, null, null).Result;

    /// <summary>
    /// Matches one message and says why, step by step: the normalised text, the terms and their
    /// weights, the best candidates with each part of their score, and every rule tried with its
    /// numbers. Slower than <see cref="Match(string?)"/> (it always scores); for editors' tools.
    /// </summary>
    /// <param name="text">What the merchant wrote.</param>
    /// <param name="platform">The merchant's platform when the text names none (the answer variant follows it).</param>
    public MatchExplanation Explain(string? text, Platform? platform = null)
    {
        var checks = new List<string>();
        var (result, prepared, scores) = Run(text, platform, checks);
        return new MatchExplanation
        {
            Normalized = prepared.Normalized,
            PlatformInText = prepared.Platform,
            Terms = DescribeTerms(prepared),
            Candidates = scores.ConvertAll(s => new ExplainedCandidate(
                _index.Entries[s.Entry], Phrasings(s.Entry)[s.BestDocument - _index.EntryDocStart[s.Entry]].Text, s.Phrasing, s.Coverage, s.Bm25, s.Score, s.PhrasingCovered)),
            Checks = checks,
            Result = result,
        };
    }

    /// <summary>
    /// Ranks entries for a phrasing as if it were not in the index (used by faq check). Unlike
    /// <see cref="Match(string?)"/>, the out-of-scope entry stays in the ranking.
    /// </summary>
    internal IReadOnlyList<MatchCandidate> RankWithout(string text, int document)
    {
        var prepared = _index.Preparer.Prepare(text);
        return prepared.Terms.Count == 0 ? [] : Scores(prepared, document).ConvertAll(Candidate);
    }

    /// <summary>The document number of each phrasing of entry <paramref name="entryIndex"/>, in order.</summary>
    internal IEnumerable<int> DocumentsOf(int entryIndex) =>
        Enumerable.Range(_index.EntryDocStart[entryIndex], _index.EntryDocStart[entryIndex + 1] - _index.EntryDocStart[entryIndex]);

    // The one pipeline of Match and Explain; checks is null for Match, which then skips the work
    // only an explanation needs (scoring a message a rule has decided already).
    private (MatchResult Result, PreparedText Prepared, List<EntryScore> Scores) Run(string? text, Platform? platform, List<string>? checks)
    {
        var normalized = TextNormalizer.Normalize(text);
        var prepared = _index.Preparer.PrepareNormalized(normalized);
        var used = prepared.Platform ?? platform;
        var canScore = prepared.Terms.Count > 0 && _index.DocumentCount > 0;
        var scores = checks is not null && canScore ? Scores(prepared, -1) : [];
        if (!canScore)
        {
            checks?.Add("nothing to match (no letters, digits or indexed content) → fallback");
            return (Result(MatchDecision.Fallback, MatchRule.Empty, [], used), prepared, scores);
        }

        // "ok thanks", "好的谢谢": the acknowledgement in front does not hide an exact phrasing behind it.
        if (_index.Exact.TryGetValue(MatchIndex.ExactKey(prepared.Normalized), out var exactDoc)
            || (ReplyLexicon.AfterAcknowledgement(normalized) is { } rest
                && _index.Exact.TryGetValue(MatchIndex.ExactKey(_index.Preparer.PrepareNormalized(rest).Normalized), out exactDoc)))
        {
            var entry = _index.Entries[_index.DocEntry[exactDoc]];
            var phrasing = Phrasings(_index.DocEntry[exactDoc])[exactDoc - _index.EntryDocStart[_index.DocEntry[exactDoc]]].Text;
            if (entry.Kind == EntryKind.OutOfScope)
            {
                checks?.Add($"exact phrasing: yes, '{phrasing}' of {entry.Id}, an example of what we do not answer → fallback");
                return (Result(MatchDecision.Fallback, MatchRule.OutOfScope, [], used), prepared, scores);
            }

            checks?.Add($"exact phrasing: yes, '{phrasing}' of {entry.Id} → answer {entry.Id}");
            return (Result(MatchDecision.Answer, MatchRule.Exact, [new MatchCandidate(entry, 1.0)], used), prepared, scores);
        }

        checks?.Add("exact phrasing: no");
        if (_escalate is not null && HumanRequestDetector.Find(text, normalized) is { } request)
        {
            checks?.Add($"human request: yes ('{request}') → answer {_escalate.Id}");
            return (Result(MatchDecision.Answer, MatchRule.HumanRequest, [new MatchCandidate(_escalate, 1.0)], used), prepared, scores);
        }

        checks?.Add("human request: no");
        // A reply made only of yes/no/filler is short; a long message is not read word by word for it.
        if (normalized.Length <= MaxContentFreeLength && ReplyLexicon.ClassifyNormalized(normalized) is not ReplyKind.None and var kind)
        {
            checks?.Add($"content-free reply: yes ({kind.ToString().ToLowerInvariant()}: only yes/no/unsure/filler words) → fallback");
            return (Result(MatchDecision.Fallback, MatchRule.ContentFree, [], used), prepared, scores);
        }

        checks?.Add("content-free reply: no");
        if (checks is null)
        {
            scores = Scores(prepared, -1);
        }

        return (Decide(scores, prepared, used, checks), prepared, scores);
    }

    private MatchResult Decide(List<EntryScore> scores, PreparedText prepared, Platform? platform, List<string>? checks)
    {
        // The detector finds requests for a person; by score, the escalate entry (我要投诉) needs a
        // phrasing nearly the same as the message: "the agent said…" shares words with "agent
        // please" and asks for nobody.
        if (scores.Count > 0 && _index.Entries[scores[0].Entry].Kind == EntryKind.Escalate && scores[0].Phrasing < _options.EscalateMinimum)
        {
            checks?.Add($"escalate by score: best phrasing similarity {F(scores[0].Phrasing)} < escalate minimum {O(_options.EscalateMinimum)}? yes → not a request, left out");
            scores = scores.Where(s => _index.Entries[s.Entry].Kind != EntryKind.Escalate).ToList();
        }

        var ranked = scores.ConvertAll(Candidate);
        var bestScore = default(EntryScore);
        foreach (var score in scores)
        {
            if (_index.Entries[score.Entry].Kind != EntryKind.OutOfScope)
            {
                bestScore = score;
                break;
            }
        }

        var bestPhrasing = bestScore.Phrasing;
        // The out-of-scope examples only ever argue for fallback: they are never offered or answered.
        var outOfScope = ranked.Count > 0 && ranked[0].Entry.Kind == EntryKind.OutOfScope ? ranked[0].Score : (double?)null;
        ranked.RemoveAll(c => c.Entry.Kind == EntryKind.OutOfScope);
        if (outOfScope is { } oos)
        {
            checks?.Add($"out-of-scope examples best: yes ({F(oos)} > {(ranked.Count > 0 ? $"{ranked[0].Entry.Id} {F(ranked[0].Score)}" : "no other candidate")}) → fallback");
            return Result(MatchDecision.Fallback, MatchRule.OutOfScope, ranked, platform);
        }

        checks?.Add("out-of-scope examples best: no");
        var best = ranked.Count > 0 ? ranked[0].Score : 0;
        if (TextShape.WhyShort(prepared) is { } why)
        {
            // One or two terms cover every entry that has them, so coverage and BM25 say little
            // here; only a phrasing nearly the same as the text is evidence enough.
            var tooWeak = bestPhrasing < _options.ShortTextMinimum;
            checks?.Add($"short text ({why}): best phrasing similarity {F(bestPhrasing)} < short-text minimum {O(_options.ShortTextMinimum)}? {(tooWeak ? "yes" : "no")}");
            if (tooWeak)
            {
                // A bare topic word (保证金, 注销, 退款) is a topic, not a question: when the best
                // candidates are all about one topic, ask which question; anything else says too little.
                if (bestPhrasing >= _options.ShortTextTopicMinimum && SharedTopic(ranked) is { } topic)
                {
                    var choices = ranked.Where(c => c.Score >= _options.FallbackBelow && c.Entry.Tags.Contains(topic, StringComparer.Ordinal)).Take(_options.MaxClarifyChoices).ToList();
                    checks?.Add($"the best candidates share the topic '{topic}' → clarify ({string.Join(", ", choices.Select(c => c.Entry.Id))})");
                    return Result(MatchDecision.Clarify, MatchRule.ShortText, ranked, platform) with { ClarifyChoices = choices };
                }

                checks?.Add(bestPhrasing < _options.ShortTextTopicMinimum
                    ? $"best phrasing similarity {F(bestPhrasing)} < topic minimum {O(_options.ShortTextTopicMinimum)}: no topic word → fallback"
                    : "the best two candidates share no topic → fallback");
                return Result(MatchDecision.Fallback, MatchRule.ShortText, ranked, platform);
            }
        }
        else
        {
            checks?.Add("short text: no");
        }

        if (ranked.Count == 0 || best < _options.FallbackBelow)
        {
            checks?.Add($"best {F(best)} < fallback threshold {O(_options.FallbackBelow)}? yes → fallback");
            return Result(MatchDecision.Fallback, MatchRule.BelowThreshold, ranked, platform);
        }

        checks?.Add($"best {F(best)} < fallback threshold {O(_options.FallbackBelow)}? no");
        if (bestScore.PhrasingCovered < _options.MinPhrasingCovered)
        {
            // A word of one phrasing here and a word of another there is no answer (今天星期几 is
            // not about the deposit for sharing 星期 with one of its phrasings).
            checks?.Add($"share of its best phrasing in the message {F(bestScore.PhrasingCovered)} < {O(_options.MinPhrasingCovered)}? yes → fallback");
            return Result(MatchDecision.Fallback, MatchRule.BelowThreshold, ranked, platform);
        }

        checks?.Add($"share of its best phrasing in the message {F(bestScore.PhrasingCovered)} < {O(_options.MinPhrasingCovered)}? no");
        var close = new List<MatchCandidate>(_options.MaxClarifyChoices);
        foreach (var candidate in ranked)
        {
            if (close.Count == _options.MaxClarifyChoices || candidate.Score < _options.FallbackBelow || best - candidate.Score > _options.ClarifyMargin)
            {
                break;
            }

            close.Add(candidate);
        }

        var second = ranked.Count > 1 ? $"second {ranked[1].Entry.Id} {F(ranked[1].Score)}" : "no second candidate";
        if (close.Count > 1)
        {
            checks?.Add($"{second} within clarify margin {O(_options.ClarifyMargin)} of best {F(best)}? yes → clarify ({string.Join(", ", close.Select(c => c.Entry.Id))})");
            return Result(MatchDecision.Clarify, MatchRule.ClarifyMargin, ranked, platform) with { ClarifyChoices = close };
        }

        checks?.Add($"{second} within clarify margin {O(_options.ClarifyMargin)} of best {F(best)}? no → answer {ranked[0].Entry.Id}");
        return Result(MatchDecision.Answer, MatchRule.Score, ranked, platform);
    }

    // The first topic tag of the best candidate that the second one has too (both above the
    // threshold); small talk, flows and escalation are no topic to ask about.
    private string? SharedTopic(List<MatchCandidate> ranked) =>
        ranked.Count >= 2 && ranked[1].Score >= _options.FallbackBelow
            ? ranked[0].Entry.Tags.FirstOrDefault(t => t is not ("smalltalk" or "flow" or "escalate") && ranked[1].Entry.Tags.Contains(t, StringComparer.Ordinal))
            : null;

    private List<EntryScore> Scores(PreparedText prepared, int excludedDocument)
    {
        var scratch = _scratch.Value!;
        try
        {
            return _scorer.Score(prepared, excludedDocument, scratch, _options.MaxCandidates);
        }
        finally
        {
            scratch.Clear();
        }
    }

    private List<ExplainedTerm> DescribeTerms(PreparedText prepared)
    {
        var terms = TermExtractor.Describe(prepared.Normalized).ConvertAll(t => _index.TermIds.TryGetValue(t.Term, out var id)
            ? new ExplainedTerm(t.Text, t.Kind, Known: true, _index.TermWeights[id], Counted: true)
            : new ExplainedTerm(t.Text, t.Kind, Known: false, _index.UnknownWeight * MatchIndex.KindFactor(t.Term, _options), Counted: true));

        // As in scoring, only the heaviest unknown terms count against the message.
        var uncounted = terms.Where(t => !t.Known).OrderByDescending(t => t.Weight).Skip(_options.MaxUnknownTerms).ToHashSet();
        return terms.Select(t => uncounted.Contains(t) ? t with { Counted = false } : t).OrderByDescending(t => t.Weight).ToList();
    }

    private IReadOnlyList<Phrasing> Phrasings(int entry) => _index.Entries[entry].Questions;

    private MatchCandidate Candidate(EntryScore score) => new(_index.Entries[score.Entry], Math.Round(score.Score, 4));

    private static MatchResult Result(MatchDecision decision, MatchRule rule, IReadOnlyList<MatchCandidate> candidates, Platform? platform) =>
        new() { Decision = decision, Rule = rule, Candidates = candidates, Platform = platform };

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    // Options keep their last digit (a clarify margin of 0.005 is not 0.01).
    private static string O(double value) => value.ToString("0.00#", CultureInfo.InvariantCulture);
}
