namespace ShopExit.Knowledge.Matching;

/// <summary>
/// The English half of <see cref="HumanRequestDetector"/>. Words are compared after a typo
/// repair: a word within one edit (a letter added, dropped, changed, or two swapped) of a key word
/// of five letters or more is read as that word (huamn, agnet, persn, representitive). A request
/// is a verb that asks for a person (talk to someone, get me a human, I want an agent) or a
/// message that is nothing but the person and courtesy (agent please, real person!). A person in
/// another role is no request ("the agent said my deposit is late"), and neither is asking what
/// the bot is ("are you a bot?").
/// </summary>
internal static class EnglishHumanRequest
{
    private const int MinTypoLength = 5;

    // Key words → what they are read as; plurals and synonyms fold into one word.
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["human"] = "human", ["humans"] = "human", ["person"] = "person", ["persons"] = "person",
        ["agent"] = "agent", ["agents"] = "agent", ["representative"] = "agent", ["representatives"] = "agent", ["rep"] = "agent",
        ["operator"] = "agent", ["staff"] = "agent", ["manager"] = "manager", ["supervisor"] = "manager", ["boss"] = "manager",
        ["someone"] = "someone", ["somebody"] = "someone", ["anyone"] = "someone", ["anybody"] = "someone",
        ["talk"] = "talk", ["speak"] = "talk", ["chat"] = "talk",
        ["connect"] = "connect", ["transfer"] = "connect", ["escalate"] = "connect", ["forward"] = "connect", ["switch"] = "connect",
        ["put"] = "get", ["get"] = "get", ["give"] = "get", ["send"] = "get", ["bring"] = "get", ["find"] = "get",
        ["want"] = "want", ["need"] = "want", ["like"] = "want", ["request"] = "want", ["prefer"] = "want", ["demand"] = "want",
        ["bot"] = "bot", ["robot"] = "bot", ["machine"] = "bot", ["ai"] = "bot", ["chatbot"] = "bot", ["automated"] = "bot", ["computer"] = "bot",
    };

    // Real words one edit away from a key word: "manage" is not a typo of "manager".
    private static readonly HashSet<string> NotTypos = new(StringComparer.Ordinal)
    {
        "manage", "managed", "manages", "urgent", "agency", "speaks", "humane", "parson", "prison", "poison", "persona", "someday",
        "connects", "transfers", "sending", "finding", "wanted", "needed", "liked", "requests", "chats", "talks",
    };

    // Only key words of five letters or more are repaired: "rep" one edit from "red" is no typo.
    private static readonly (string Key, string Meaning)[] TypoKeys = Keys.Where(k => k.Key.Length >= MinTypoLength).Select(k => (k.Key, k.Value)).ToArray();

    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal) { "human", "person", "agent", "manager", "someone" };

    // The words a message that is only a request may have besides the person: "real person please".
    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal)
    {
        "please", "pls", "plz", "now", "asap", "a", "an", "the", "real", "live", "actual", "i", "me", "my", "can", "could", "may", "to",
        "with", "just", "ok", "okay", "hey", "hi", "hello", "customer", "service", "support", "care", "for", "urgent", "urgently", "right",
        "away", "quick", "quickly", "immediately", "one", "only", "thanks", "thank", "you", "your", "some", "want", "need", "talk", "connect",
        "let", "would", "d", "m", "ll", "like", "yes", "human", "person", "agent", "manager", "someone", "help", "line", "desk",
    };

    private static readonly string[][] IdentityStarts =
    [
        ["are", "you"], ["r", "u"], ["are", "u"], ["is", "this"], ["is", "that"], ["is", "it"], ["am", "i", "talking"], ["am", "i", "chatting"],
        ["you", "re"], ["you", "are"], ["u", "r"], ["is", "there", "a", "bot"],
    ];

    /// <summary>The words that ask for a person, or null.</summary>
    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    public static string? Find(string normalized)
    {
        if (normalized.AsSpan().IndexOfAnyInRange('a', 'z') < 0)
        {
            return null;
        }

        var words = LatinWords(normalized);
        if (words.Count == 0)
        {
            return null;
        }

        var read = new string[words.Count];
        var anyPerson = false;
        for (var i = 0; i < read.Length; i++)
        {
            read[i] = Read(words[i]);
            anyPerson |= PersonWords.Contains(read[i]) || words[i] == "customer";
        }

        // Every request names a person (or customer service); most messages do not, and are done.
        if (!anyPerson)
        {
            return null;
        }

        for (var i = 0; i < read.Length; i++)
        {
            var reach = read[i] switch
            {
                // talk to a human, speak with someone, chat with a real person
                "talk" => i + 1 < read.Length && words[i + 1] is "to" or "with" ? 5 : 0,

                // transfer me to a human agent, connect me with someone, escalate to a manager
                "connect" => 5,

                // get me a person, put me through to someone (not "get more people to buy")
                "get" => i + 1 < read.Length && words[i + 1] is "me" or "us" ? 5 : 0,

                // I want a human, need an agent, I'd like a representative
                "want" => 4,
                _ => 0,
            };

            if (reach == 0 || Obliged(words, i))
            {
                continue;
            }

            for (var j = i + 1; j <= i + reach && j < read.Length; j++)
            {
                if (PersonWords.Contains(read[j]) && !(read[i] == "want" && read[j] == "someone") && !PersonInAnotherRole(words, j))
                {
                    return string.Join(' ', words[i..(j + 1)]);
                }

                if (j + 1 < read.Length && words[j] == "customer" && words[j + 1] is "service" or "support" or "care")
                {
                    return string.Join(' ', words[i..(j + 2)]);
                }
            }
        }

        if (AsksWhatTheBotIs(words))
        {
            return null;
        }

        // agent please, real person!, customer service, escalate
        // "anyone" alone greets ("hi, anyone?"); only a verb makes it a request (talk to someone).
        var hasPerson = read.Any(w => PersonWords.Contains(w) && w != "someone") || read.Contains("connect") && words.Contains("escalate")
            || words.Contains("customer") && (words.Contains("service") || words.Contains("support"));
        return hasPerson && read.All(w => Courtesy.Contains(w) || w == "connect" && words.Contains("escalate"))
            ? string.Join(' ', words)
            : null;
    }

    // "the agent said": a person the merchant talks about, not asks for.
    private static bool PersonInAnotherRole(List<string> words, int at) =>
        at + 1 < words.Count && words[at + 1] is "said" or "says" or "told" or "replied" or "answered" or "asked" or "promised" or "mentioned";

    // "Should I talk to customer service?", "Do I need to contact an agent after closing?": asks
    // whether to, which the FAQ answers; "I need to talk to a human" asks for one.
    private static bool Obliged(List<string> words, int verb)
    {
        // The verb itself counts: "Do I need customer service?" asks whether, like "Do I need to talk to…".
        var before = words.Skip(Math.Max(0, verb - 3)).Take(verb - Math.Max(0, verb - 3) + 1).ToList();
        return before.Any(w => w is "should" or "must" or "ought")
            || (before.Any(w => w is "need" or "have" or "required") && words[0] is "do" or "does" or "did" or "will" or "would" or "is" or "are" or "should" or "must");
    }

    private static bool AsksWhatTheBotIs(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var start in IdentityStarts)
            {
                var k = 0;
                while (k < start.Length && i + k < words.Count && words[i + k] == start[k])
                {
                    k++;
                }

                if (k == start.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Read(string word)
    {
        if (Keys.TryGetValue(word, out var key))
        {
            return key;
        }

        if (word.Length >= MinTypoLength - 1 && !NotTypos.Contains(word))
        {
            foreach (var (candidate, meaning) in TypoKeys)
            {
                if (Math.Abs(candidate.Length - word.Length) <= 1 && WithinOneEdit(word, candidate))
                {
                    return meaning;
                }
            }
        }

        return word;
    }

    // Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours.
    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return i == a.Length
                || a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private static List<string> LatinWords(string normalized)
    {
        var words = new List<string>();
        foreach (var token in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = -1;
            for (var i = 0; i <= token.Length; i++)
            {
                var latin = i < token.Length && token[i] is >= 'a' and <= 'z' or >= '0' and <= '9';
                if (latin && start < 0)
                {
                    start = i;
                }
                else if (!latin && start >= 0)
                {
                    words.Add(token[start..i]);
                    start = -1;
                }
            }
        }

        return words;
    }
}
