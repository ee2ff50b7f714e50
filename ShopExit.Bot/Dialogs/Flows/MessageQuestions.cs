using System.Text.RegularExpressions;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Finds the questions in one message. "保证金退款要多久？被拒绝了怎么办？" asks two things: each
/// sentence is matched on its own, and a sentence too short to stand alone borrows the topic of
/// the one before it (被拒绝了怎么办 after a question about the deposit is about the deposit).
/// </summary>
public static partial class MessageQuestions
{
    /// <summary>Sentences worth matching on their own are at least this long (normalised).</summary>
    private const int MinSentenceLength = 3;

    /// <summary>The message after its first clause ("已经提交了，一般多久能到账？" → "一般多久能到账？"), or the whole message when it has one.</summary>
    public static string AfterFirstClause(string? text)
    {
        text ??= string.Empty;
        var cut = text.IndexOfAny(['，', ',', '。', ' ', '、', '；', ';', '！', '!']);
        return cut > 0 && cut < text.Length - 1 ? text[(cut + 1)..] : text;
    }

    /// <summary>
    /// The entries the message asks about, in order, each at least <paramref name="minScore"/> (at
    /// most three; none when it asks nothing clearly).
    /// </summary>
    /// <param name="knowledge">The content to match on.</param>
    /// <param name="text">The message.</param>
    /// <param name="minScore">How clear each question must be.</param>
    /// <param name="whole">The message's own match, when the caller has it already.</param>
    public static IReadOnlyList<MatchCandidate> Find(KnowledgeBase knowledge, string? text, double minScore, MatchResult? whole = null)
    {
        var several = Several(knowledge, text, minScore, out var found);
        if (several.Count >= 2)
        {
            return several;
        }

        // One question: the whole message says it best, unless only one of its sentences is clear
        // ("已经提交了，一般多久能到账？": the answer dilutes the question).
        whole ??= knowledge.Match(text);
        return whole.Answer is { } answer && whole.TopScore >= minScore ? [new MatchCandidate(answer, whole.TopScore)] : found;
    }

    /// <summary>The questions of a message that asks two or three things, each clear on its own; empty for a message that asks one.</summary>
    public static IReadOnlyList<MatchCandidate> Several(KnowledgeBase knowledge, string? text, double minScore) => Several(knowledge, text, minScore, out _);

    private static IReadOnlyList<MatchCandidate> Several(KnowledgeBase knowledge, string? text, double minScore, out IReadOnlyList<MatchCandidate> found)
    {
        var questions = new List<MatchCandidate>();
        found = questions;
        var sentences = Sentences(text);
        if (sentences.Count < 2)
        {
            return [];
        }

        string? previous = null;
        foreach (var sentence in sentences)
        {
            if (Question(knowledge, sentence, previous, minScore) is { } question && questions.All(f => f.Entry.Id != question.Entry.Id))
            {
                questions.Add(question);
            }

            previous = sentence;
        }

        return questions.Count >= 2 ? questions.Take(3).ToList() : [];
    }

    // One sentence's question. After another sentence, a short one ("what if it gets rejected?")
    // is clear enough when its best candidate is, and one that says too little on its own is read
    // with the sentence before it.
    private static MatchCandidate? Question(KnowledgeBase knowledge, string sentence, string? previous, double minScore)
    {
        var match = knowledge.Match(sentence);
        if (previous is not null && match is { Rule: MatchRule.ShortText, Candidates: [var best, ..] } && best.Score >= minScore)
        {
            return best;
        }

        if ((match.Answer is null || match.TopScore < minScore) && previous is not null)
        {
            match = knowledge.Match(previous + " " + sentence);
        }

        return match.Answer is { Kind: not EntryKind.OutOfScope } entry && match.TopScore >= minScore ? new MatchCandidate(entry, match.TopScore) : null;
    }

    /// <summary>
    /// The message cut at sentence ends, at a comma after a question (…恢复吗，…), and at "还有 /
    /// 另外 / also / and what", keeping only parts worth matching. Other commas join the clauses of
    /// one question ("if I close normally, is the deposit gone?").
    /// </summary>
    public static IReadOnlyList<string> Sentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var cut = text.Length > TextNormalizer.MaxInputLength ? text[..TextNormalizer.MaxInputLength] : text;
        return SentenceBreak().Split(cut)
            .Select(s => s.Trim())
            .Where(s => TextNormalizer.Normalize(s).Length >= MinSentenceLength)
            .ToList();
    }

    [GeneratedRegex(@"[？?！!。；;\n]+|(?<=[吗呢么])[，,]|(?:还有|另外|以及|顺便问一下|顺便问下|再问一下|再问下)|\b(?:and also|also|another question)\b|\band (?=(?:what|how|why|when|where|can|could|is|are|do|does|will|should)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceBreak();
}
