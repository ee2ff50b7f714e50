using System.Text;
using System.Text.RegularExpressions;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Analysis;

/// <summary>
/// Scores the tone of a message with <see cref="SentimentLexicon"/>: the weights of the words it
/// finds (turned around after a negator, counted more after 但是/but), pushed further by shouting
/// (！！！, ？？？, ALL CAPS), squashed into -1..1.
/// </summary>
internal static partial class SentimentScorer
{
    // A negated positive word is nearly as negative (不太满意); a negated negative word is only
    // mildly positive (不生气 is calm, not happy).
    private const double NegatedPositive = -0.8;
    private const double NegatedNegative = 0.3;
    private const double BeforeTurn = 0.6;
    private const double AfterTurn = 1.5;
    private const double RepeatedQuestionMarks = -0.5;
    private const double Amplification = 1.3;

    // With no feeling words at all, ！！ is impatience (在吗！！ stays neutral) and a sentence in
    // capitals is shouting (WHERE IS MY DEPOSIT is negative).
    private const double ExclamationsAlone = -0.3;
    private const double CapitalsAlone = -0.45;

    private static readonly Dictionary<char, (string Term, double Weight)[]> ChineseIndex = IndexChinese(SentimentLexicon.Chinese);
    private static readonly Dictionary<char, (string Term, double Weight)[]> ChineseUrgencyIndex =
        IndexChinese(SentimentLexicon.ChineseUrgency.Select(u => (u.Term, u.Urgent ? 1.0 : 0.0)));

    private static readonly Dictionary<string, (string[] Words, double Weight)[]> EnglishIndex = IndexEnglish(SentimentLexicon.English);
    private static readonly Dictionary<string, (string[] Words, double Weight)[]> EnglishUrgencyIndex =
        IndexEnglish(SentimentLexicon.EnglishUrgency.Select(u => (u, 1.0)));

    /// <summary>The tone and urgency of <paramref name="text"/>.</summary>
    public static SentimentResult Score(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SentimentResult.Neutral;
        }

        var compatible = Compatible(text.Length > TextAnalysis.MaxReadLength ? text[..TextAnalysis.MaxReadLength] : text);
        var lower = Simplify(compatible.ToLowerInvariant());
        var words = Words(lower);

        var hits = new List<(int Position, double Weight)>();
        foreach (var (position, weight, negated) in MatchChinese(lower, ChineseIndex).Concat(MatchEnglish(words, EnglishIndex)))
        {
            hits.Add((position, negated ? (weight > 0 ? weight * NegatedPositive : -weight * NegatedNegative) : weight));
        }

        var turn = TurnPosition(lower, words);
        var raw = hits.Sum(h => h.Weight * (turn < 0 ? 1 : h.Position >= turn ? AfterTurn : BeforeTurn));
        if (HasRepeatedQuestionMarks(compatible))
        {
            raw += RepeatedQuestionMarks;
        }

        if (compatible.Contains("!!", StringComparison.Ordinal))
        {
            raw = Amplify(raw, ExclamationsAlone);
        }

        if (IsShouting(compatible))
        {
            raw = Amplify(raw, CapitalsAlone);
        }

        var score = Math.Round(Math.Tanh(raw), 3);
        var urgent = MatchChinese(lower, ChineseUrgencyIndex).Concat(MatchEnglish(words, EnglishUrgencyIndex))
            .Any(h => h.Weight > 0 && !h.Negated);
        return new SentimentResult(SentimentResult.LabelFor(score), score, urgent);
    }

    // Shouting makes a feeling stronger, and pushes a message without feeling words (or an angry one) further down.
    private static double Amplify(double raw, double alone) => raw > 0 ? raw * Amplification : (raw * Amplification) + alone;

    private static IEnumerable<(int Position, double Weight, bool Negated)> MatchChinese(string text, Dictionary<char, (string Term, double Weight)[]> index)
    {
        var i = 0;
        while (i < text.Length)
        {
            var length = 1;
            if (index.TryGetValue(text[i], out var candidates))
            {
                foreach (var (term, weight) in candidates)
                {
                    if (text.AsSpan(i).StartsWith(term, StringComparison.Ordinal))
                    {
                        var negated = !SentimentLexicon.ChineseNegators.Contains(term[0], StringComparison.Ordinal) && IsNegatedChinese(text, i);
                        yield return (i, weight, negated);
                        length = term.Length;
                        break;
                    }
                }
            }

            i += length;
        }
    }

    // Looks back from a word over degree words (很, 太, 是, 非常...) for a negator: 不太满意, 没有生气.
    private static bool IsNegatedChinese(string text, int start)
    {
        var p = start;
        for (var step = 0; step < 4 && p > 0; step++)
        {
            if (SentimentLexicon.ChineseNegators.Contains(text[p - 1], StringComparison.Ordinal))
            {
                return true;
            }

            var degree = SentimentLexicon.ChineseDegreeWords.FirstOrDefault(d => p >= d.Length && text.AsSpan(p - d.Length, d.Length).SequenceEqual(d));
            if (degree is null)
            {
                return false;
            }

            p -= degree.Length;
        }

        return false;
    }

    private static IEnumerable<(int Position, double Weight, bool Negated)> MatchEnglish(List<(int Start, string Word, int Clause)> words, Dictionary<string, (string[] Words, double Weight)[]> index)
    {
        var t = 0;
        while (t < words.Count)
        {
            var length = 1;
            if (index.TryGetValue(words[t].Word, out var candidates))
            {
                foreach (var (phrase, weight) in candidates)
                {
                    if (IsPhraseAt(words, t, phrase))
                    {
                        var negated = !IsEnglishNegator(phrase[0]) && IsNegatedEnglish(words, t);
                        yield return (words[t].Start, weight, negated);
                        length = phrase.Length;
                        break;
                    }
                }
            }

            t += length;
        }
    }

    private static bool IsPhraseAt(List<(int Start, string Word, int Clause)> words, int t, string[] phrase)
    {
        if (t + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[t + k].Word, phrase[k], StringComparison.Ordinal) || words[t + k].Clause != words[t].Clause)
            {
                return false;
            }
        }

        return true;
    }

    // "not good", "never really helpful", "don't think it is helpful": a negator up to four words back in the same clause.
    private static bool IsNegatedEnglish(List<(int Start, string Word, int Clause)> words, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 4); k--)
        {
            if (words[k].Clause != words[t].Clause)
            {
                return false;
            }

            if (IsEnglishNegator(words[k].Word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEnglishNegator(string word) =>
        SentimentLexicon.EnglishNegators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    // The English words of the text with their position and clause; punctuation or Chinese between
    // two words starts a new clause, so "No, thanks" does not negate the thanks.
    private static List<(int Start, string Word, int Clause)> Words(string lower)
    {
        var words = new List<(int Start, string Word, int Clause)>();
        var clause = 0;
        var previousEnd = 0;
        foreach (Match match in WordPattern().Matches(lower))
        {
            if (words.Count > 0 && !string.IsNullOrWhiteSpace(lower[previousEnd..match.Index]))
            {
                clause++;
            }

            words.Add((match.Index, match.Value, clause));
            previousEnd = match.Index + match.Length;
        }

        return words;
    }

    // Where the last 但是 / but ends, or -1 when the message does not turn.
    private static int TurnPosition(string lower, List<(int Start, string Word, int Clause)> words)
    {
        var turn = -1;
        foreach (var marker in SentimentLexicon.ChineseContrast)
        {
            var at = lower.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                turn = Math.Max(turn, at + marker.Length);
            }
        }

        foreach (var (start, word, _) in words)
        {
            if (SentimentLexicon.EnglishContrast.Contains(word))
            {
                turn = Math.Max(turn, start + word.Length);
            }
        }

        return turn;
    }

    // ？？ and ?! are exasperation whatever the words say (我的保证金呢？？？).
    private static bool HasRepeatedQuestionMarks(string text) =>
        text.Contains("??", StringComparison.Ordinal) || text.Contains("?!", StringComparison.Ordinal) || text.Contains("!?", StringComparison.Ordinal);

    // Two or more all-capital words and mostly capital letters: THIS IS A SCAM. One acronym (ASAP, PDD) is not shouting.
    private static bool IsShouting(string text)
    {
        var capitalWords = 0;
        var letters = 0;
        var capitals = 0;
        foreach (Match match in LatinRunPattern().Matches(text))
        {
            var upper = match.Value.Count(char.IsAsciiLetterUpper);
            letters += match.Length;
            capitals += upper;
            if (match.Length >= 3 && upper == match.Length)
            {
                capitalWords++;
            }
        }

        return capitalWords >= 2 && capitals * 10 >= letters * 7;
    }

    private static string Compatible(string text)
    {
        string compatible;
        try
        {
            compatible = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate (a cut emoji) makes Normalize throw; the rest is still worth reading.
            compatible = text;
        }

        // Phones type curly apostrophes: don’t is don't.
        return compatible.Replace('\u2019', '\'').Replace('\u2018', '\'');
    }

    // Traditional characters become simplified (騙子 → 骗子) through the matcher's normaliser, the
    // one public door to its character table. Only Han characters are passed, in pieces it reads
    // whole, so they come back one for one.
    private static string Simplify(string text)
    {
        var han = new StringBuilder();
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han.Append(c);
            }
        }

        if (han.Length == 0)
        {
            return text;
        }

        var simplified = new StringBuilder(han.Length);
        for (var i = 0; i < han.Length; i += TextNormalizer.MaxInputLength)
        {
            var piece = han.ToString(i, Math.Min(TextNormalizer.MaxInputLength, han.Length - i));
            var converted = TextNormalizer.Normalize(piece);
            simplified.Append(converted.Length == piece.Length ? converted : piece);
        }

        var chars = text.ToCharArray();
        var k = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsHan(chars[i]))
            {
                chars[i] = simplified[k++];
            }
        }

        return new string(chars);
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF';

    private static Dictionary<char, (string Term, double Weight)[]> IndexChinese(IEnumerable<(string Term, double Weight)> terms) =>
        terms.GroupBy(t => t.Term[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Term.Length).ToArray());

    private static Dictionary<string, (string[] Words, double Weight)[]> IndexEnglish(IEnumerable<(string Term, double Weight)> terms) =>
        terms.Select(t => (Words: t.Term.Split(' '), t.Weight))
            .GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);

    [GeneratedRegex("[a-z]+(?:'[a-z]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex("[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex LatinRunPattern();
}
