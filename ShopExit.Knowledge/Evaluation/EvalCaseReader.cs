using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Evaluation;

/// <summary>Reads a cases file: a header <c>expect&lt;TAB&gt;question</c>, then one case per line.</summary>
public static class EvalCaseReader
{
    /// <summary>The required header line.</summary>
    public const string Header = "expect\tquestion";

    /// <summary>Parses the lines of a cases file; malformed lines become problems, not exceptions.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <param name="displayPath">The file name to show in problems.</param>
    public static (List<EvalCase> Cases, List<ContentProblem> Problems) Parse(IEnumerable<string> lines, string displayPath)
    {
        var cases = new List<EvalCase>();
        var problems = new List<ContentProblem>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (number == 1)
            {
                if (!string.Equals(line.TrimStart('\uFEFF'), Header, StringComparison.Ordinal))
                {
                    problems.Add(Error(displayPath, number, $"the first line must be the header 'expect<TAB>question', found '{line}'"));
                }

                continue;
            }

            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1 || line.IndexOf('\t', tab + 1) >= 0)
            {
                problems.Add(Error(displayPath, number, "expected exactly two tab-separated fields: expect, question"));
                continue;
            }

            var expected = line[..tab].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            cases.Add(new EvalCase(number, expected, line[(tab + 1)..].Trim()));
        }

        return (cases, problems);
    }

    private static ContentProblem Error(string file, int line, string message) =>
        new(new SourceLocation(file, line, 1), ProblemSeverity.Error, message);
}
