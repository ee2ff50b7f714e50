using System.CommandLine;
using ShopExit.Bot.ConversationTests;
using ShopExit.Bot.Faq;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Commands;

/// <summary>
/// <c>faq test [--faq DIR] [FILE...]</c>: runs the conversation tests (the stories in
/// <c>DIR/tests/</c>, or the files named) through the bot's own turn code, with no server. Prints
/// each failure as <c>file:line: story 'name', turn N: expected …, got …</c> and, last,
/// <c>conversation tests: N passed, M failed</c>; exits 1 when any failed.
/// </summary>
internal static class FaqTestCommand
{
    public static Command Create(Option<string> faqOption, Func<ParseResult, string> faqDirectory, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Description = "Story files (default: every .yaml under FAQ/tests/)", Arity = ArgumentArity.ZeroOrMore };
        var test = new Command("test", "Run the conversation tests (stories) against the content; exits 1 on a failure.") { files, faqOption };
        test.SetAction(r => RunAsync(faqDirectory(r), r.GetValue(files) ?? [], output, error));
        return test;
    }

    private static async Task<int> RunAsync(string directory, string[] files, TextWriter output, TextWriter error)
    {
        var (knowledge, problems) = FaqContentLoader.Load(directory);
        if (knowledge is null)
        {
            error.WriteLine($"faq test: the FAQ content in '{directory}' has errors; run 'faq check'.");
            problems.Where(p => p.Severity == ProblemSeverity.Error).ToList().ForEach(error.WriteLine);
            return 2;
        }

        var paths = files.Length > 0 ? files : StoryFiles(directory);
        if (paths.Length == 0)
        {
            error.WriteLine($"faq test: no story files in '{Path.Combine(directory, FaqLoader.TestsFolder)}'");
            return 2;
        }

        var runner = new StoryRunner(knowledge);
        int passed = 0, failed = 0;
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                output.WriteLine($"{path}:1:1: error: file not found");
                failed++;
                continue;
            }

            var (stories, storyProblems) = StoryFileParser.Parse(await File.ReadAllTextAsync(path), path);
            foreach (var problem in storyProblems)
            {
                output.WriteLine(problem);
                failed++;
            }

            foreach (var story in stories)
            {
                var failures = await runner.RunAsync(story);
                failures.ToList().ForEach(output.WriteLine);
                _ = failures.Count == 0 ? passed++ : failed++;
            }
        }

        output.WriteLine($"conversation tests: {passed} passed, {failed} failed");
        return failed > 0 ? 1 : 0;
    }

    /// <summary>The story files of a FAQ folder, in name order.</summary>
    public static string[] StoryFiles(string directory)
    {
        var tests = Path.Combine(directory, FaqLoader.TestsFolder);
        return Directory.Exists(tests)
            ? Directory.EnumerateFiles(tests, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
    }
}
