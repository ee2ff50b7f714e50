using System.CommandLine;
using System.Globalization;
using ShopExit.Bot.Faq;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Commands;

/// <summary>
/// <c>faq explain "TEXT"</c>: how the matcher decided about one message, for an editor asking
/// "why did this question get that answer?": the text as it is scored, the terms and their
/// weights, the best candidates with every part of their score, each rule with its numbers, and
/// the decision. Everything comes from <see cref="FaqMatcher.Explain"/>; nothing is scored here.
/// </summary>
internal static class FaqExplainCommand
{
    private const int AnswerPreviewLength = 60;

    public static Command Create(Option<string> faqOption, Func<ParseResult, string> faqDirectory, TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("TEXT") { Description = "What the merchant wrote (quote it)" };
        var platform = new Option<string?>("--platform") { Description = "The merchant's platform when the text names none: douyin, kuaishou, taobao, pinduoduo or generic" };
        var explain = new Command("explain", "Show how one message is matched: normalised text, terms, candidates with their score parts, rules and decision.") { text, faqOption, platform };
        explain.SetAction(r => Run(r.GetValue(text)!, faqDirectory(r), r.GetValue(platform), output, error));
        return explain;
    }

    private static int Run(string text, string directory, string? platformName, TextWriter output, TextWriter error)
    {
        Platform? platform = null;
        if (platformName is not null)
        {
            if (!Enum.TryParse<Platform>(platformName, ignoreCase: true, out var parsed) || !platformName.All(char.IsAsciiLetter))
            {
                error.WriteLine($"faq explain: unknown platform '{platformName}' (use douyin, kuaishou, taobao, pinduoduo or generic)");
                return 2;
            }

            platform = parsed;
        }

        var (knowledge, problems) = FaqContentLoader.Load(directory);
        if (knowledge is null)
        {
            error.WriteLine($"faq explain: the FAQ content in '{directory}' has errors; run 'faq check'.");
            problems.Where(p => p.Severity == ProblemSeverity.Error).ToList().ForEach(error.WriteLine);
            return 2;
        }

        var explanation = knowledge.Matcher.Explain(text, platform);
        output.WriteLine($"text:        {text}");
        output.WriteLine($"normalised:  {explanation.Normalized}   (after synonyms; platform names removed)");
        output.WriteLine($"platform:    {PlatformLine(explanation, platform)}");
        PrintTerms(explanation, output);
        PrintCandidates(explanation, output);
        output.WriteLine();
        output.WriteLine("rules, in order:");
        foreach (var check in explanation.Checks)
        {
            output.WriteLine($"  {check}");
        }

        output.WriteLine();
        output.WriteLine($"decision:    {Decision(explanation.Result)}");
        if (explanation.Result.Answer is { } entry)
        {
            output.WriteLine($"answer:      {AnswerLine(entry, explanation.Result.Platform)}");
        }

        return 0;
    }

    private static string PlatformLine(MatchExplanation explanation, Platform? given) =>
        explanation.PlatformInText is { } found ? $"{Name(found)} (named in the text)"
        : given is { } platform ? $"{Name(platform)} (from --platform)"
        : "none";

    private static void PrintTerms(MatchExplanation explanation, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"terms ({explanation.Terms.Count}; weight = IDF over entries × kind; an unknown term counts against the message):");
        foreach (var term in explanation.Terms)
        {
            var note = term.Known ? "known" : term.Counted ? "unknown" : "unknown, not counted (beyond the cap)";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Pad(term.Text, 14)} {term.Kind,-16} {term.Weight,6:0.00}  {note}"));
        }
    }

    private static void PrintCandidates(MatchExplanation explanation, TextWriter output)
    {
        output.WriteLine();
        if (explanation.Candidates.Count == 0)
        {
            output.WriteLine("candidates: none (no term is in any phrasing)");
            return;
        }

        output.WriteLine("candidates (score = blend of phrasing similarity, entry coverage and entry BM25):");
        output.WriteLine($"  {"#",-2} {"id",-28} {"phrasing",8} {"coverage",8} {"bm25",6} {"score",6}  best phrasing");
        var rank = 0;
        foreach (var candidate in explanation.Candidates)
        {
            rank++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {rank,-2} {candidate.Entry.Id,-28} {candidate.Phrasing,8:0.00} {candidate.Coverage,8:0.00} {candidate.Bm25,6:0.00} {candidate.Score,6:0.00}  {candidate.BestPhrasing}"));
        }
    }

    private static string Decision(MatchResult result) => result.Decision switch
    {
        MatchDecision.Answer => $"answer {result.Answer!.Id} (rule: {result.Rule})",
        MatchDecision.Clarify => $"clarify between {string.Join(", ", result.ClarifyChoices.Select(c => c.Entry.Id))} (rule: {result.Rule})",
        _ => $"fallback (rule: {result.Rule})",
    };

    // Which text the merchant would see: the platform's variant, or why it is the general answer.
    private static string AnswerLine(FaqEntry entry, Platform? platform)
    {
        var variant = platform is { } p && entry.PlatformAnswers.ContainsKey(p)
            ? $"{Name(p)} variant"
            : platform is { } q ? $"general answer ({entry.Id} has no {Name(q)} variant)" : "general answer";
        var first = entry.AnswerFor(platform).Zh.Trim().Split('\n')[0];
        return $"{variant}: {(first.Length > AnswerPreviewLength ? first[..AnswerPreviewLength] + "…" : first)}";
    }

    private static string Name(Platform platform) => platform.ToString().ToLowerInvariant();

    // Chinese characters take two columns in a terminal; pad by what the eye sees.
    private static string Pad(string text, int width) =>
        text + new string(' ', Math.Max(1, width - text.Sum(c => TextNormalizer.IsCjk(c) ? 2 : 1)));
}
