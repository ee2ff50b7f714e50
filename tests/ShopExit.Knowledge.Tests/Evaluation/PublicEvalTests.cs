using ShopExit.Knowledge.Evaluation;
using ShopExit.Knowledge.Matching;
using ShopExit.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace ShopExit.Knowledge.Tests.Evaluation;

public class PublicEvalTests(ITestOutputHelper output)
{
    /// <summary>
    /// The product's target, a little under what the shipped content measures (README,
    /// "Matching"); the matcher's options were grid-searched on the public cases only, so the
    /// held-out and short sets check that they generalise. A change that costs accuracy fails
    /// here. Never lower a floor to make a change pass.
    /// </summary>
    private const double AccuracyFloor = 0.97;

    /// <summary>
    /// fresh-cases.tsv was written after the matcher was tuned and never used for tuning (README,
    /// "Matching"): it measures how the tuning generalises (0.955 when written; the matcher before
    /// this version scored 0.951 on it). The floor only guards against losing ground.
    /// </summary>
    private const double FreshFloor = 0.95;

    private static string PathOf(string file) => Path.Combine(RepoPaths.Root, "tests", "ShopExit.Knowledge.Tests", "Eval", file);

    [Fact]
    public void PublicCases_AreEnoughAndIncludeOffTopic()
    {
        var (cases, problems) = EvalCaseReader.Parse(File.ReadLines(RepoPaths.PublicCases), RepoPaths.PublicCases);

        Assert.Empty(problems);
        Assert.True(cases.Count >= 250, $"{cases.Count} cases");
        Assert.True(cases.Count(c => c.Expected.Contains("fallback")) >= cases.Count / 10);
    }

    [Fact]
    public void ShortCases_AreEnoughAndOnlyFallbackOrSmallTalk()
    {
        var (cases, problems) = EvalCaseReader.Parse(File.ReadLines(PathOf("short-cases.tsv")), "short-cases.tsv");

        Assert.Empty(problems);
        Assert.True(cases.Count >= 120, $"{cases.Count} cases");
        Assert.All(cases.SelectMany(c => c.Expected), label => Assert.True(IsFallbackOrSmallTalk(label), label));
    }

    [Theory]
    [InlineData("public-cases.tsv")]
    [InlineData("holdout-cases.tsv")]
    [InlineData("short-cases.tsv")]
    [InlineData("fresh-cases.tsv")]
    public void Cases_EveryExpectedLabelExists(string file)
    {
        var path = PathOf(file);
        var (cases, _) = EvalCaseReader.Parse(File.ReadLines(path), path);
        var ids = ShippedKnowledge.Instance.Content.Entries.Select(e => e.Id).Append("fallback").Append("clarify").ToHashSet(StringComparer.Ordinal);

        Assert.All(cases.SelectMany(c => c.Expected), label => Assert.Contains(label, ids));
    }

    [Theory]
    [InlineData("public-cases.tsv")]
    [InlineData("holdout-cases.tsv")]
    [InlineData("short-cases.tsv")]
    public void Cases_AccuracyStaysAboveTheFloor(string file)
    {
        var path = PathOf(file);
        var (cases, problems) = EvalCaseReader.Parse(File.ReadLines(path), path);
        Assert.Empty(problems);

        var report = EvalRunner.Run(ShippedKnowledge.Instance, cases);

        foreach (var failure in report.Results.Where(r => !r.Correct))
        {
            output.WriteLine($"line {failure.Case.Line}: {failure.Case.Question} expected {string.Join("|", failure.Case.Expected)} got {failure.Got} ({failure.Score:0.00})");
        }

        Assert.True(report.Accuracy >= AccuracyFloor, $"accuracy {report.Accuracy:0.000} ({report.CorrectCount}/{report.Results.Count}) is below {AccuracyFloor}");
    }

    [Fact]
    public void FreshCases_NeverTunedOn_StayAboveTheirFloor()
    {
        var path = PathOf("fresh-cases.tsv");
        var (cases, problems) = EvalCaseReader.Parse(File.ReadLines(path), path);
        Assert.Empty(problems);

        var report = EvalRunner.Run(ShippedKnowledge.Instance, cases);

        Assert.True(report.Accuracy >= FreshFloor, $"accuracy {report.Accuracy:0.000} ({report.CorrectCount}/{report.Results.Count}) is below {FreshFloor}");
    }

    [Fact]
    public void ShortCases_NeverGetAnItemAFlowOrAHuman()
    {
        // Short, ambiguous and off-topic messages (好的, 没有, 急, help): a wrong confident answer
        // is worse than asking again, so every one falls back or is small talk.
        var path = PathOf("short-cases.tsv");
        var (cases, _) = EvalCaseReader.Parse(File.ReadLines(path), path);

        var wrong = EvalRunner.Run(ShippedKnowledge.Instance, cases).Results.Where(r => !IsFallbackOrSmallTalk(r.Got)).ToList();

        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Select(r => $"line {r.Case.Line}: {r.Case.Question} → {r.Got}")));
    }

    private static bool IsFallbackOrSmallTalk(string label) =>
        label == MatchResult.FallbackLabel || label.StartsWith("smalltalk-", StringComparison.Ordinal);
}
