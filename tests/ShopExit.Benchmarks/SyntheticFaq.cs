using System.Globalization;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Benchmarks;

/// <summary>
/// A deterministic synthetic FAQ of N items × 5 Chinese phrasings that looks like the real content
/// statistically, so the matcher can be measured far beyond the ~40 shipped items:
/// <list type="bullet">
/// <item>3,500 characters from U+4E00..U+5FFF (those the normaliser leaves unchanged), used with a
/// Zipf–Mandelbrot frequency, so a few characters are in a large share of all phrasings, as 么/退/店 are;</item>
/// <item>20,000 two-character words built from them, also chosen with a Zipf–Mandelbrot frequency;</item>
/// <item>4–9 words per phrasing, including the shared domain words (保证金, 注销, 退款, 店铺, 怎么, 多久)
/// at about the rates the shipped FAQ has them, so postings of common terms are long;</item>
/// <item>two topic words per item that most of its phrasings share, as paraphrases of one question do.</item>
/// </list>
/// Everything comes from fixed seeds: the same N always gives the same content and queries.
/// </summary>
public sealed class SyntheticFaq
{
    public const int DefaultSeed = 20_250_611;
    public const int PhrasingsPerItem = 5;
    public const int VocabularySize = 20_000;
    public const int CharacterCount = 3_500;

    private const int MinWords = 4;
    private const int MaxWords = 9;
    private const int TopicWords = 2;
    private const double TopicWordRate = 0.8;

    // Topic words are specific: never one of the most common words.
    private const int TopicMinRank = 200;

    // Share of phrasings containing each domain word; the shipped FAQ has 怎么 in 33%, 退款 in 28%,
    // 保证金 and 注销 in 23%, 店铺 in 11% of its Chinese phrasings.
    private static readonly (string Word, double Rate)[] DomainWords =
    [
        ("怎么", 0.30), ("退款", 0.25), ("保证金", 0.20), ("注销", 0.20), ("店铺", 0.12), ("多久", 0.06),
    ];

    // One shared location: the content's memory is not what is measured, the index's is.
    private static readonly SourceLocation Location = new("synthetic.yaml", 1, 1);

    private static readonly Lazy<Vocabulary> SharedVocabulary = new(() => new Vocabulary(DefaultSeed));

    private readonly int _seed;

    private SyntheticFaq(int itemCount, int seed, FaqContent content)
    {
        ItemCount = itemCount;
        _seed = seed;
        Content = content;
    }

    /// <summary>How many items the FAQ has.</summary>
    public int ItemCount { get; }

    /// <summary>How many phrasings the FAQ has.</summary>
    public int PhrasingCount => ItemCount * PhrasingsPerItem;

    /// <summary>The content, ready for <c>KnowledgeBase.FromContent</c>.</summary>
    public FaqContent Content { get; }

    /// <summary>The id of item <paramref name="index"/>: <c>item-000123</c>.</summary>
    public static string IdOf(int index) => "item-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Generates <paramref name="itemCount"/> items.</summary>
    /// <param name="itemCount">How many items.</param>
    /// <param name="synonyms">Synonym rules to ship with the content (the real ones make query preparation realistic).</param>
    /// <param name="seed">The content seed.</param>
    public static SyntheticFaq Create(int itemCount, IReadOnlyList<SynonymRule>? synonyms = null, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        var vocabulary = SharedVocabulary.Value;
        var entries = new FaqEntry[itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            var phrasings = PhrasingWords(vocabulary, seed, i);
            var questions = new Phrasing[phrasings.Length];
            for (var p = 0; p < phrasings.Length; p++)
            {
                questions[p] = new Phrasing(string.Concat(phrasings[p]), Location);
            }

            var id = IdOf(i);
            entries[i] = new FaqEntry
            {
                Id = id,
                Questions = questions,
                Answer = new LocalizedText(id + " 的答案。", "The answer to " + id + "."),
                Location = Location,
            };
        }

        return new SyntheticFaq(itemCount, seed, new FaqContent(entries, synonyms ?? []));
    }

    /// <summary>
    /// Queries against this FAQ: the even ones rephrase a random item's phrasing with one word
    /// dropped or swapped for another, the odd ones are random word sequences drawn like phrasings
    /// (domain words included) that no item was written from.
    /// </summary>
    /// <param name="count">How many queries.</param>
    /// <param name="seed">The query seed.</param>
    public string[] Queries(int count, int seed = 7)
    {
        var vocabulary = SharedVocabulary.Value;
        var rng = new Random(seed);
        var queries = new string[count];
        for (var k = 0; k < count; k++)
        {
            List<string> words;
            if (k % 2 == 0 && ItemCount > 0)
            {
                var phrasings = PhrasingWords(vocabulary, _seed, rng.Next(ItemCount));
                words = phrasings[rng.Next(phrasings.Length)];
                var at = rng.Next(words.Count);
                if (rng.Next(2) == 0 && words.Count > 2)
                {
                    words.RemoveAt(at);
                }
                else
                {
                    words[at] = vocabulary.Words[vocabulary.WordRanks.Next(rng)];
                }
            }
            else
            {
                words = RandomPhrasing(vocabulary, rng, topic: []);
            }

            queries[k] = string.Concat(words);
        }

        return queries;
    }

    // The phrasings of an item are drawn from their own seeded generator, so queries can
    // rebuild an item's words without the content keeping them.
    private static List<string>[] PhrasingWords(Vocabulary vocabulary, int seed, int item)
    {
        var rng = new Random(unchecked((seed * 486_187_739) ^ (item * 16_777_619)));
        var topic = new string[TopicWords];
        for (var t = 0; t < topic.Length; t++)
        {
            int rank;
            do
            {
                rank = vocabulary.WordRanks.Next(rng);
            }
            while (rank < TopicMinRank);
            topic[t] = vocabulary.Words[rank];
        }

        var phrasings = new List<string>[PhrasingsPerItem];
        for (var p = 0; p < phrasings.Length; p++)
        {
            phrasings[p] = RandomPhrasing(vocabulary, rng, topic);
        }

        return phrasings;
    }

    private static List<string> RandomPhrasing(Vocabulary vocabulary, Random rng, string[] topic)
    {
        var length = rng.Next(MinWords, MaxWords + 1);
        var words = new List<string>(MaxWords + 2);
        foreach (var word in topic)
        {
            if (rng.NextDouble() < TopicWordRate)
            {
                words.Add(word);
            }
        }

        foreach (var (word, rate) in DomainWords)
        {
            if (rng.NextDouble() < rate)
            {
                words.Add(word);
            }
        }

        while (words.Count < length)
        {
            words.Add(vocabulary.Words[vocabulary.WordRanks.Next(rng)]);
        }

        // Fisher–Yates: topic and domain words go anywhere in the phrasing.
        for (var i = words.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (words[i], words[j]) = (words[j], words[i]);
        }

        return words;
    }

    /// <summary>The characters and words, in order of frequency (rank 0 is the most common).</summary>
    private sealed class Vocabulary
    {
        public Vocabulary(int seed)
        {
            var rng = new Random(seed);
            var candidates = new List<char>();
            for (var c = '\u4E00'; c <= '\u5FFF'; c++)
            {
                // Only characters the matcher sees as themselves (no traditional → simplified folding).
                if (string.Equals(TextNormalizer.Normalize(c.ToString()), c.ToString(), StringComparison.Ordinal))
                {
                    candidates.Add(c);
                }
            }

            var characters = candidates.ToArray();
            rng.Shuffle(characters);
            characters = characters[..CharacterCount];
            var characterRanks = new ZipfSampler(characters.Length, exponent: 1.0, offset: 3);

            WordRanks = new ZipfSampler(VocabularySize, exponent: 1.0, offset: 2.7);
            var reserved = new HashSet<string>(DomainWords.Select(d => d.Word), StringComparer.Ordinal);
            var words = new List<string>(VocabularySize);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (words.Count < VocabularySize)
            {
                var word = string.Concat(characters[characterRanks.Next(rng)], characters[characterRanks.Next(rng)]);
                if (!reserved.Contains(word) && seen.Add(word))
                {
                    words.Add(word);
                }
            }

            Words = [.. words];
        }

        public string[] Words { get; }

        public ZipfSampler WordRanks { get; }
    }

    /// <summary>Ranks 0..n-1 with P(r) ∝ 1 / (r + 1 + offset)^exponent (Zipf–Mandelbrot).</summary>
    private sealed class ZipfSampler
    {
        private readonly double[] _cumulative;

        public ZipfSampler(int count, double exponent, double offset)
        {
            _cumulative = new double[count];
            var total = 0.0;
            for (var r = 0; r < count; r++)
            {
                total += 1 / Math.Pow(r + 1 + offset, exponent);
                _cumulative[r] = total;
            }

            for (var r = 0; r < count; r++)
            {
                _cumulative[r] /= total;
            }
        }

        public int Next(Random rng)
        {
            var at = Array.BinarySearch(_cumulative, rng.NextDouble());
            return Math.Min(at < 0 ? ~at : at, _cumulative.Length - 1);
        }
    }
}
