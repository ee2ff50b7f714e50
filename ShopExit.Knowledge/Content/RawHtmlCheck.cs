using ShopExit.Knowledge.Flows;

namespace ShopExit.Knowledge.Content;

/// <summary>
/// Warns about raw HTML in what the bot says (<c>&lt;b&gt;</c>, <c>&lt;img …&gt;</c>, <c>&lt;!-- --&gt;</c>):
/// Web Chat renders answers as Markdown, which passes HTML through, so a tag an editor pasted is
/// either shown as code or becomes an element. Markdown (<c>**bold**</c>, lists) is the way.
/// </summary>
internal static class RawHtmlCheck
{
    public static void Check(FaqContent content, List<ContentProblem> problems)
    {
        foreach (var entry in content.Entries)
        {
            foreach (var text in entry.PlatformAnswers.Values.Prepend(entry.Answer))
            {
                Warn(text, entry.Location, $"the answer of '{entry.Id}'", problems);
            }
        }

        foreach (var text in content.Texts)
        {
            foreach (var variant in text.PlatformTexts.Values.Prepend(text.Text))
            {
                Warn(variant, text.Location, $"text '{text.Key}'", problems);
            }
        }

        foreach (var flow in content.Flows)
        {
            foreach (var (where, text) in TextsOf(flow))
            {
                foreach (var (_, variant) in text.Variants())
                {
                    Warn(variant, text.Location, $"{where} of '{flow.Id}'", problems);
                }
            }
        }
    }

    /// <summary>Whether the text has something that starts an HTML tag or comment (&lt;b&gt;, &lt;/p&gt;, &lt;!--).</summary>
    public static bool HasTag(string text)
    {
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            var next = text[i + 1];
            if (char.IsAsciiLetter(next) || next is '/' or '!')
            {
                return true;
            }
        }

        return false;
    }

    private static void Warn(LocalizedText text, SourceLocation location, string what, List<ContentProblem> problems)
    {
        if (HasTag(text.Zh) || HasTag(text.En))
        {
            problems.Add(new ContentProblem(location, ProblemSeverity.Warning, $"{what} has raw HTML (a '<' tag); write Markdown instead (**bold**, '- ' lists): HTML is shown to merchants as code or becomes an element"));
        }
    }

    private static IEnumerable<(string Where, PlatformText Text)> TextsOf(FlowDefinition flow)
    {
        if (flow.Intro is { } intro)
        {
            yield return ("the intro", intro);
        }

        foreach (var step in flow.Steps)
        {
            yield return ($"step '{step.Id}'", step.Ask);
            foreach (var outcome in step.Answers)
            {
                foreach (var text in new[] { outcome.Say, outcome.Todo, outcome.Blocker }.OfType<PlatformText>())
                {
                    yield return ($"an answer of step '{step.Id}'", text);
                }
            }
        }

        if (flow.End.Say is { } end)
        {
            yield return ("the end", end);
        }
    }
}
