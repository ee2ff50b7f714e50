using ShopExit.Knowledge.Flows;

namespace ShopExit.Knowledge.Content;

/// <summary>
/// Loads every <c>*.yaml</c>/<c>*.yml</c> file under the FAQ folder (subfolders included) and
/// checks the content as a whole. Never throws for content or file-system problems: they come
/// back as <see cref="ContentProblem"/>s so an editor sees all of them at once.
/// </summary>
public static class FaqLoader
{
    /// <summary>
    /// The subfolder of the FAQ folder that holds conversation tests (<c>faq test</c>), not
    /// content: the loader and hot reload skip it.
    /// </summary>
    public const string TestsFolder = "tests";

    /// <summary>Whether <paramref name="file"/> lies in the conversation-tests folder of <paramref name="directory"/>.</summary>
    public static bool IsTestFile(string directory, string file) =>
        Path.GetRelativePath(directory, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) is [TestsFolder, _, ..];

    /// <summary>Loads and validates the folder.</summary>
    /// <param name="directory">The FAQ folder, as the editor named it (used in printed locations).</param>
    public static ContentLoadResult Load(string directory)
    {
        var problems = new List<ContentProblem>();
        var entries = new List<FaqEntry>();
        var synonyms = new List<SynonymRule>();
        var texts = new List<BotText>();
        var flows = new List<FlowDefinition>();
        var folderLocation = new SourceLocation(directory, 1, 1);

        string[] files;
        try
        {
            files = Directory.Exists(directory)
                ? Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !IsTestFile(directory, f))
                    .Order(StringComparer.Ordinal)
                    .ToArray()
                : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(folderLocation, ProblemSeverity.Error, $"cannot read the FAQ folder: {ex.Message}"));
            return new ContentLoadResult(FaqContent.Empty, problems);
        }

        if (!Directory.Exists(directory))
        {
            problems.Add(new ContentProblem(folderLocation, ProblemSeverity.Error, $"FAQ folder '{directory}' does not exist"));
            return new ContentLoadResult(FaqContent.Empty, problems);
        }

        foreach (var file in files)
        {
            var display = Path.Combine(directory, Path.GetRelativePath(directory, file));
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ContentProblem(new SourceLocation(display, 1, 1), ProblemSeverity.Error, $"cannot read file: {ex.Message}"));
                continue;
            }

            var (fileEntries, fileSynonyms, fileTexts, fileFlows) = FaqFileParser.Parse(text, display, problems);
            entries.AddRange(fileEntries);
            synonyms.AddRange(fileSynonyms);
            texts.AddRange(fileTexts);
            flows.AddRange(fileFlows);
        }

        if (files.Length == 0)
        {
            problems.Add(new ContentProblem(folderLocation, ProblemSeverity.Error, $"no .yaml files in '{directory}'"));
        }

        var content = new FaqContent(entries, synonyms, texts) { Flows = flows };
        FaqValidator.Validate(content, problems);
        FlowValidator.Validate(content, problems);
        RawHtmlCheck.Check(content, problems);
        return new ContentLoadResult(content, problems.OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList());
    }
}
