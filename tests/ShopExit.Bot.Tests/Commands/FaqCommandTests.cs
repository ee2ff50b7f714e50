using System.Text.Json;
using ShopExit.Bot.Commands;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Commands;

public class FaqCommandTests
{
    [Fact]
    public async Task FaqCheck_ShippedContent_ExitsZero()
    {
        var (code, output, _) = await RunAsync("faq", "check", "--faq", TestPaths.Faq);

        Assert.Equal(0, code);
        Assert.Matches(@"faq check: 0 error\(s\), \d+ warning\(s\); \d+ entries", output);
    }

    [Fact]
    public async Task FaqCheck_BrokenContent_PrintsFileLineColumnAndExitsNonZero()
    {
        var folder = TestPaths.NewTempFolder("broken-faq");
        await File.WriteAllTextAsync(Path.Combine(folder, "a.yaml"), """
            items:
              - id: closure-reopen
                questions: [注销后还能重新开吗]
                answer: {zh: 可以。, en: Yes.}
                followups: [no-such-item]
              - id: closure-reopen
                questions: [注销后还能重新开吗]
                answer: {zh: 可以。, en: Yes.}
              - id: closure-confirm
                questions: [怎么确认注销成功]
                answer: {zh: 联系客服。}
            """);

        var (code, output, _) = await RunAsync("faq", "check", "--faq", folder);

        Assert.Equal(1, code);
        Assert.Contains("a.yaml:2:5: error: 'closure-reopen' has followup 'no-such-item'", output, StringComparison.Ordinal);
        Assert.Contains("a.yaml:6:5: error: duplicate id 'closure-reopen'", output, StringComparison.Ordinal);
        Assert.Contains("a.yaml:7:17: error: phrasing '注销后还能重新开吗' is under both", output, StringComparison.Ordinal);
        Assert.Contains("a.yaml:11:13: error: 'en' of the answer of 'closure-confirm' is missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqCheck_FaqDirectoryFromConfigurationOverride_IsUsed()
    {
        var missing = Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N"));

        var (code, output, _) = await RunAsync("faq", "check", $"--ShopExit:FaqDirectory={missing}");

        Assert.Equal(1, code);
        Assert.Contains($"FAQ folder '{missing}' does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqEval_PublicCases_EndsWithTheAccuracyLineAndWritesJson()
    {
        var json = Path.Combine(TestPaths.NewTempFolder("eval"), "cases.jsonl");

        var (code, output, _) = await RunAsync("faq", "eval", TestPaths.PublicCases, "--faq", TestPaths.Faq, "--json", json);

        Assert.Equal(0, code);
        var lastLine = output.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^accuracy: [01]\.\d{3} \(\d+/\d+\)$", lastLine);
        Assert.Contains("precision", output, StringComparison.Ordinal);
        var records = await File.ReadAllLinesAsync(json);
        Assert.True(records.Length >= 250);
        using var first = JsonDocument.Parse(records[0]);
        Assert.True(first.RootElement.TryGetProperty("expected", out _));
        Assert.True(first.RootElement.TryGetProperty("got", out _));
        Assert.True(first.RootElement.TryGetProperty("score", out _));
    }

    [Fact]
    public async Task FaqEval_MissingCasesFile_IsAClearErrorNotACrash()
    {
        var (code, _, error) = await RunAsync("faq", "eval", "/no/such/cases.tsv", "--faq", TestPaths.Faq);

        Assert.Equal(2, code);
        Assert.Contains("cases file '/no/such/cases.tsv' not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqEval_ClarifyCountsOnlyWhereListed()
    {
        var cases = Path.Combine(TestPaths.NewTempFolder("eval"), "c.tsv");
        await File.WriteAllTextAsync(cases, "expect\tquestion\nfallback\t今天天气怎么样\nclosure-reopen\t今天天气怎么样\n");

        var (_, output, _) = await RunAsync("faq", "eval", cases, "--faq", TestPaths.Faq);

        Assert.EndsWith("accuracy: 0.500 (1/2)", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("expected closure-reopen, got fallback", output, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
