using ShopExit.Knowledge.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ShopExit.Bot.ConversationTests;

/// <summary>
/// Reads a conversation-test file (<c>faq/tests/*.yaml</c>): <c>stories:</c>, each with
/// <c>story:</c>, optional <c>locale:</c> and <c>agents:</c>, and <c>steps:</c> of
/// <c>user:</c> / <c>click:</c> / <c>set_locale:</c> with what must follow. Walks the YAML node
/// tree so every problem has its line and column, and a mistake never hides the next.
/// </summary>
public static class StoryFileParser
{
    private static readonly string[] StoryKeys = ["story", "locale", "agents", "steps"];
    private static readonly string[] ActionKeys = ["user", "click", "set_locale"];

    /// <summary>Parses one file's text; stories with problems are left out and the problems returned.</summary>
    public static (IReadOnlyList<Story> Stories, IReadOnlyList<ContentProblem> Problems) Parse(string yaml, string displayPath)
    {
        var stories = new List<Story>();
        var problems = new List<ContentProblem>();
        void Error(Mark mark, string message) => problems.Add(new ContentProblem(new SourceLocation(displayPath, (int)mark.Line, (int)mark.Column), ProblemSeverity.Error, message));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            Error(ex.Start, $"YAML syntax error: {ex.Message}");
            return (stories, problems);
        }

        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root || !root.Children.TryGetValue(new YamlScalarNode("stories"), out var list) || list is not YamlSequenceNode sequence)
            {
                Error(document.RootNode.Start, "a conversation-test file must have 'stories:', a list of stories");
                continue;
            }

            foreach (var node in sequence.Children)
            {
                var before = problems.Count;
                var story = ReadStory(node, displayPath, Error);
                if (story is not null && stories.Any(s => s.Name == story.Name))
                {
                    Error(node.Start, $"two stories are named '{story.Name}': give each its own name");
                }
                else if (story is not null && problems.Count == before)
                {
                    stories.Add(story);
                }
            }
        }

        return (stories, problems);
    }

    private static Story? ReadStory(YamlNode node, string file, Action<Mark, string> error)
    {
        if (node is not YamlMappingNode map)
        {
            error(node.Start, "a story must be a mapping with 'story:' and 'steps:'");
            return null;
        }

        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !StoryKeys.Contains(k.Value, StringComparer.Ordinal)))
        {
            error(key.Start, $"unknown story key '{key.Value}' (expected {string.Join(", ", StoryKeys)})");
        }

        var name = Scalar(map, "story");
        if (string.IsNullOrWhiteSpace(name))
        {
            error(map.Start, "the story needs a name: 'story: ...'");
            return null;
        }

        var agents = Scalar(map, "agents") ?? "none";
        if (agents is not ("available" or "none"))
        {
            error(map.Start, $"story '{name}': 'agents' is 'available' or 'none', not '{agents}'");
        }

        if (!map.Children.TryGetValue(new YamlScalarNode("steps"), out var stepsNode) || stepsNode is not YamlSequenceNode steps || steps.Children.Count == 0)
        {
            error(map.Start, $"story '{name}' needs 'steps:', a list of turns");
            return null;
        }

        var turns = steps.Children.Select(s => ReadTurn(s, name, error)).OfType<StoryTurn>().ToList();
        return new Story(name, file, (int)map.Start.Line, Scalar(map, "locale"), agents == "available", turns);
    }

    private static StoryTurn? ReadTurn(YamlNode node, string story, Action<Mark, string> error)
    {
        if (node is not YamlMappingNode map)
        {
            error(node.Start, $"story '{story}': a step is a mapping such as 'user: 你好'");
            return null;
        }

        var actions = ActionKeys.Where(k => map.Children.ContainsKey(new YamlScalarNode(k))).ToList();
        if (actions.Count != 1)
        {
            error(map.Start, $"story '{story}': a step has exactly one of 'user:', 'click:' or 'set_locale:'");
            return null;
        }

        var action = actions[0] switch { "user" => StoryAction.User, "click" => StoryAction.Click, _ => StoryAction.SetLocale };
        var input = Scalar(map, actions[0]) ?? string.Empty;
        var expectations = new List<StoryExpectation>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (ActionKeys.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            if (!StoryExpectations.Keys.Contains(key, StringComparer.Ordinal))
            {
                error(keyNode.Start, $"story '{story}': unknown expectation '{key}' (expected {string.Join(", ", StoryExpectations.Keys)})");
                continue;
            }

            switch (value)
            {
                case YamlScalarNode scalar:
                    expectations.Add(new StoryExpectation(key, [scalar.Value ?? string.Empty], new Dictionary<string, string>(), (int)keyNode.Start.Line));
                    break;
                case YamlSequenceNode list:
                    expectations.Add(new StoryExpectation(key, list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(), new Dictionary<string, string>(), (int)keyNode.Start.Line));
                    break;
                case YamlMappingNode pairs:
                    expectations.Add(new StoryExpectation(key, [], pairs.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? string.Empty, p => (p.Value as YamlScalarNode)?.Value ?? string.Empty, StringComparer.Ordinal), (int)keyNode.Start.Line));
                    break;
            }
        }

        return new StoryTurn((int)map.Start.Line, action, input, expectations);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
