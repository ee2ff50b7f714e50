using ShopExit.Knowledge.Evaluation;
using ShopExit.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace ShopExit.Knowledge.Tests.Evaluation;

public class PublicEvalTests(ITestOutputHelper output)
{
    /// <summary>
    /// The floor is set just under what the shipped content measures (see README, Matching
    /// quality); a change that costs accuracy fails here. Never lower it to make a change pass.
    /// </summary>
    private const double AccuracyFloor = 0.90;

    [Fact]
    public void PublicCases_AreEnoughAndIncludeOffTopic()
    {
        var (cases, problems) = EvalCaseReader.Parse(File.ReadLines(RepoPaths.PublicCases), RepoPaths.PublicCases);

        Assert.Empty(problems);
        Assert.True(cases.Count >= 250, $"{cases.Count} cases");
        Assert.True(cases.Count(c => c.Expected.Contains("fallback")) >= cases.Count / 10);
    }

    [Fact]
    public void PublicCases_EveryExpectedLabelExists()
    {
        var (cases, _) = EvalCaseReader.Parse(File.ReadLines(RepoPaths.PublicCases), RepoPaths.PublicCases);
        var ids = ShippedKnowledge.Instance.Content.Entries.Select(e => e.Id).Append("fallback").Append("clarify").ToHashSet(StringComparer.Ordinal);

        Assert.All(cases.SelectMany(c => c.Expected), label => Assert.Contains(label, ids));
    }

    [Fact]
    public void PublicCases_AccuracyStaysAboveTheFloor()
    {
        var (cases, _) = EvalCaseReader.Parse(File.ReadLines(RepoPaths.PublicCases), RepoPaths.PublicCases);

        var report = EvalRunner.Run(ShippedKnowledge.Instance, cases);

        foreach (var failure in report.Results.Where(r => !r.Correct))
        {
            output.WriteLine($"line {failure.Case.Line}: {failure.Case.Question} expected {string.Join("|", failure.Case.Expected)} got {failure.Got} ({failure.Score:0.00})");
        }

        Assert.True(report.Accuracy >= AccuracyFloor, $"accuracy {report.Accuracy:0.000} ({report.CorrectCount}/{report.Results.Count}) is below {AccuracyFloor}");
    }
}
