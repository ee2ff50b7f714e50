using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Hosting;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Evaluation;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Commands;

/// <summary>The content editor's tools.</summary>
internal static class FaqCommands
{
    public static Command Create(IOptions<ShopExitOptions> options, CommandStores stores, TextWriter output, TextWriter error)
    {
        var faqOption = new Option<string>("--faq") { Description = "The FAQ folder (default: ShopExit:FaqDirectory, ./faq)" };
        string FaqDirectory(ParseResult r) => r.GetValue(faqOption) ?? options.Value.FaqDirectory;

        var check = new Command("check", "Validate every FAQ file; print each problem as file:line:column: message. Exits 1 on errors.") { faqOption };
        check.SetAction(r => Check(FaqDirectory(r), output));

        var cases = new Argument<string>("CASES") { Description = "A TSV file with the header expect<TAB>question" };
        var json = new Option<string?>("--json") { Description = "Also write one JSON record per case to this file" };
        var minAccuracy = new Option<double?>("--min-accuracy") { Description = "Exit 1 when accuracy is below this (0..1)" };
        var eval = new Command("eval", "Measure matching accuracy on a cases file.") { cases, faqOption, json, minAccuracy };
        eval.SetAction(r => Eval(r.GetValue(cases)!, FaqDirectory(r), r.GetValue(json), r.GetValue(minAccuracy), output, error));

        var since = new Option<string?>("--since") { Description = "Only questions asked on or after this date (yyyy-MM-dd, UTC)" };
        var unanswered = new Command("unanswered", "List questions the bot could not answer, grouped, most frequent first.") { since, faqOption };
        unanswered.SetAction((r, ct) => UnansweredAsync(stores, FaqDirectory(r), r.GetValue(since), output, error, ct));

        var explain = FaqExplainCommand.Create(faqOption, FaqDirectory, output, error);
        var test = FaqTestCommand.Create(faqOption, FaqDirectory, output, error);

        return new Command("faq", "Tools for the FAQ content under faq/.") { check, eval, unanswered, explain, test };
    }

    private static int Check(string directory, TextWriter output)
    {
        var (knowledge, problems) = FaqContentLoader.Load(directory, forEditors: true);
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = problems.Count - errors;
        output.WriteLine(knowledge is null
            ? $"faq check: {errors} error(s), {warnings} warning(s)"
            : $"faq check: {errors} error(s), {warnings} warning(s); {knowledge.Content.Entries.Count} entries, {knowledge.Matcher.PhrasingCount} phrasings");
        return errors > 0 ? 1 : 0;
    }

    private static int Eval(string casesPath, string directory, string? jsonPath, double? minAccuracy, TextWriter output, TextWriter error)
    {
        var (knowledge, problems) = FaqContentLoader.Load(directory);
        if (knowledge is null)
        {
            error.WriteLine($"faq eval: the FAQ content in '{directory}' has errors; run 'faq check'.");
            problems.Where(p => p.Severity == ProblemSeverity.Error).ToList().ForEach(error.WriteLine);
            return 2;
        }

        if (!File.Exists(casesPath))
        {
            error.WriteLine($"faq eval: cases file '{casesPath}' not found");
            return 2;
        }

        var (evalCases, caseProblems) = EvalCaseReader.Parse(File.ReadLines(casesPath), casesPath);
        if (caseProblems.Count > 0)
        {
            caseProblems.ForEach(error.WriteLine);
            return 2;
        }

        var report = EvalRunner.Run(knowledge, evalCases);
        EvalReportPrinter.Print(report, output);
        if (jsonPath is not null)
        {
            EvalReportPrinter.WriteJson(report, jsonPath);
        }

        return minAccuracy is { } floor && report.Accuracy < floor ? 1 : 0;
    }

    private static async Task<int> UnansweredAsync(CommandStores stores, string directory, string? sinceText, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        DateTimeOffset? since = null;
        if (sinceText is not null)
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                error.WriteLine($"faq unanswered: '--since {sinceText}' is not a date; use yyyy-MM-dd");
                return 2;
            }

            since = parsed;
        }

        return await stores.UseAsync<IUnansweredQuestionLog>("faq unanswered", error, async (log, _) =>
        {
            Print(await log.ListAsync(since, cancellationToken), directory, since, output);
            return 0;
        });
    }

    private static void Print(IReadOnlyList<UnansweredQuestion> questions, string directory, DateTimeOffset? since, TextWriter output)
    {
        var (knowledge, _) = FaqContentLoader.Load(directory);
        var groups = QuestionGrouper.Group(questions.Select(q => q.Question));
        output.WriteLine($"{questions.Count} unanswered question(s) in {groups.Count} group(s){(since is null ? string.Empty : $" since {since:yyyy-MM-dd}")}");
        foreach (var group in groups)
        {
            var nearest = knowledge?.Match(group.Representative).Candidates.FirstOrDefault();
            output.WriteLine();
            output.WriteLine($"{group.Questions.Count,4}x  {group.Representative}");
            output.WriteLine(nearest is null ? "       nearest: none" : $"       nearest: {nearest.Entry.Id} ({nearest.Score:0.00})");
            foreach (var other in group.Questions.Distinct(StringComparer.Ordinal).Where(q => q != group.Representative).Take(5))
            {
                output.WriteLine($"       also: {other}");
            }
        }
    }
}
