using System.Globalization;
using System.Text.Json;
using ShopExit.Knowledge.Evaluation;

namespace ShopExit.Bot.Commands;

/// <summary>Prints an evaluation report for editors; the last line is <c>accuracy: 0.xxx (N/M)</c>.</summary>
internal static class EvalReportPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Print(EvalReport report, TextWriter output)
    {
        var failures = report.Results.Where(r => !r.Correct).ToList();
        output.WriteLine($"failures ({failures.Count}):");
        foreach (var failure in failures)
        {
            var candidates = string.Join(", ", failure.Candidates.Take(3).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Id} {c.Score:0.00}")));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  line {failure.Case.Line}: {failure.Case.Question}\n    expected {string.Join("|", failure.Case.Expected)}, got {failure.Got} (score {failure.Score:0.00}; {candidates})"));
        }

        output.WriteLine();
        output.WriteLine($"{"label",-30} {"precision",9} {"recall",7} {"expected",8} {"got",5}");
        foreach (var label in report.Labels())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label.Label,-30} {label.Precision,9:0.000} {label.Recall,7:0.000} {label.Expected,8} {label.Predicted,5}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy: {report.Accuracy:0.000} ({report.CorrectCount}/{report.Results.Count})"));
    }

    public static void WriteJson(EvalReport report, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var result in report.Results)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                line = result.Case.Line,
                question = result.Case.Question,
                expected = result.Case.Expected,
                got = result.Got,
                correct = result.Correct,
                score = result.Score,
                candidates = result.Candidates.Select(c => new { id = c.Id, score = c.Score }),
            }, JsonOptions));
        }
    }
}
