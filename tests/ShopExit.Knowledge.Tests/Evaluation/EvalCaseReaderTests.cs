using ShopExit.Knowledge.Evaluation;

namespace ShopExit.Knowledge.Tests.Evaluation;

public class EvalCaseReaderTests
{
    [Fact]
    public void Parse_ValidFile_ReadsAlternatives()
    {
        var (cases, problems) = EvalCaseReader.Parse(["expect\tquestion", "fallback\t天气", "clarify|refund-only-what\t退款", ""], "c.tsv");

        Assert.Empty(problems);
        Assert.Equal(2, cases.Count);
        Assert.Equal(["clarify", "refund-only-what"], cases[1].Expected);
        Assert.Equal(3, cases[1].Line);
    }

    [Fact]
    public void Parse_BadHeaderAndLines_AreProblemsWithLineNumbers()
    {
        var (_, problems) = EvalCaseReader.Parse(["question\texpect", "no tab here", "a\tb\tc"], "c.tsv");

        Assert.Equal([1, 2, 3], problems.Select(p => p.Location.Line));
    }

    [Fact]
    public void Run_CountsClarifyOnlyWhereListed()
    {
        var knowledge = ShopExit.Knowledge.Tests.Support.ShippedKnowledge.Instance;
        EvalCase[] cases = [new(2, ["fallback"], "今天天气怎么样"), new(3, ["closure-reopen"], "今天天气怎么样")];

        var report = EvalRunner.Run(knowledge, cases);

        Assert.Equal(1, report.CorrectCount);
        Assert.Equal(0.5, report.Accuracy);
        var fallback = report.Labels().Single(l => l.Label == "fallback");
        Assert.Equal(0.5, fallback.Precision);
        Assert.Equal(1.0, fallback.Recall);
    }
}
