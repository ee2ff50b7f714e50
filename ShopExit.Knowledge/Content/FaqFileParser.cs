using System.Text.RegularExpressions;
using ShopExit.Knowledge.Flows;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ShopExit.Knowledge.Content;

/// <summary>
/// Reads one FAQ YAML file into entries and synonym rules. It walks the YAML node tree itself
/// (instead of deserialising into classes) so every problem carries the line and column an
/// editor needs, and one mistake never hides the next: all problems are collected, none thrown.
/// </summary>
internal sealed partial class FaqFileParser
{
    private static readonly string[] EntryKeys = ["id", "questions", "answer", "platforms", "followups", "tags", "escalate"];
    private static readonly string[] TextKeys = ["key", "zh", "en", "platforms", "buttons"];

    private readonly string _displayPath;
    private readonly List<ContentProblem> _problems;

    private FaqFileParser(string displayPath, List<ContentProblem> problems)
    {
        _displayPath = displayPath;
        _problems = problems;
    }

    /// <summary>Parses YAML text; problems are appended to <paramref name="problems"/>.</summary>
    public static (List<FaqEntry> Entries, List<SynonymRule> Synonyms, List<BotText> Texts, List<FlowDefinition> Flows) Parse(string yaml, string displayPath, List<ContentProblem> problems)
    {
        var parser = new FaqFileParser(displayPath, problems);
        var entries = new List<FaqEntry>();
        var synonyms = new List<SynonymRule>();
        var texts = new List<BotText>();
        var flows = new List<FlowDefinition>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            parser.Error(ex.Start, $"YAML syntax error: {CleanYamlMessage(ex.Message)}");
            return (entries, synonyms, texts, flows);
        }

        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                if (document.RootNode is not YamlScalarNode { Value: null or "" })
                {
                    parser.Error(document.RootNode.Start, "a FAQ file must be a mapping with 'items:', 'synonyms:', 'texts:' and/or 'flow:'");
                }

                continue;
            }

            foreach (var (keyNode, value) in root.Children)
            {
                switch (KeyOf(keyNode))
                {
                    case "items":
                        parser.ReadEntries(value, entries);
                        break;
                    case "synonyms":
                        parser.ReadSynonyms(value, synonyms);
                        break;
                    case "texts":
                        parser.ReadTexts(value, texts);
                        break;
                    case "flow":
                        if (parser.ReadFlow(value) is { } flow)
                        {
                            flows.Add(flow);
                        }

                        break;
                    default:
                        parser.Warning(keyNode.Start, $"unknown top-level key '{KeyOf(keyNode)}' (expected 'items', 'synonyms', 'texts' or 'flow'); it is ignored");
                        break;
                }
            }
        }

        return (entries, synonyms, texts, flows);
    }

    private void ReadEntries(YamlNode node, List<FaqEntry> entries)
    {
        foreach (var mapping in Mappings(node, "'items' must be a list of entries, each starting with '- id:'", "each entry must be a mapping with id, questions and answer"))
        {
            if (ReadEntry(mapping) is { } entry)
            {
                entries.Add(entry);
            }
        }
    }

    // The mappings of a list; anything else is reported where it stands and skipped.
    private IEnumerable<YamlMappingNode> Mappings(YamlNode node, string notAList, string notAMapping)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node.Start, notAList);
            yield break;
        }

        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode mapping)
            {
                yield return mapping;
            }
            else
            {
                Error(child.Start, notAMapping);
            }
        }
    }

    private void WarnUnknownKeys(YamlMappingNode mapping, string[] known)
    {
        foreach (var key in mapping.Children.Keys.Where(k => !known.Contains(KeyOf(k), StringComparer.Ordinal)))
        {
            Warning(key.Start, $"unknown field '{KeyOf(key)}' (expected one of {string.Join(", ", known)}); it is ignored");
        }
    }

    private FaqEntry? ReadEntry(YamlMappingNode mapping)
    {
        var location = Locate(mapping.Start);
        WarnUnknownKeys(mapping, EntryKeys);

        var id = ReadScalar(mapping, "id", required: true, location);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Error(Get(mapping, "id")!.Start, $"id '{id}' must be kebab-case (lowercase letters, digits and '-', e.g. closure-reopen), or 'flow:<name>'");
        }

        var label = id is null ? "this entry" : $"'{id}'";
        var questions = ReadQuestions(mapping, label, location);
        var answer = ReadLocalized(Get(mapping, "answer"), $"answer of {label}", location);
        var platforms = ReadPlatforms(Get(mapping, "platforms"), label);
        var followups = ReadStringList(Get(mapping, "followups"), "followups");
        var tags = ReadStringList(Get(mapping, "tags"), "tags");
        var escalate = ReadBool(Get(mapping, "escalate"));

        if (id is null || answer is null)
        {
            return null;
        }

        return new FaqEntry
        {
            Id = id,
            Questions = questions,
            Answer = answer,
            PlatformAnswers = platforms,
            Followups = followups.Select(f => f.Text).ToList(),
            Tags = tags.Select(t => t.Text).ToList(),
            Escalate = escalate,
            Location = location,
        };
    }

    private List<Phrasing> ReadQuestions(YamlMappingNode mapping, string label, SourceLocation entryLocation)
    {
        var node = Get(mapping, "questions");
        if (node is null)
        {
            Error(entryLocation, $"{label} has no 'questions'");
            return [];
        }

        var questions = ReadStringList(node, "questions");
        if (questions.Count == 0 && node is YamlSequenceNode)
        {
            Error(node.Start, $"{label} has an empty 'questions' list");
        }

        return questions;
    }

    private List<Phrasing> ReadStringList(YamlNode? node, string field)
    {
        var result = new List<Phrasing>();
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node.Start, $"'{field}' must be a list");
            return result;
        }

        foreach (var child in sequence.Children)
        {
            if (child is not YamlScalarNode scalar)
            {
                Error(child.Start, $"each entry of '{field}' must be a single text");
                continue;
            }

            var text = scalar.Value?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                Error(child.Start, $"empty entry in '{field}'");
                continue;
            }

            result.Add(new Phrasing(text, Locate(child.Start)));
        }

        return result;
    }

    private LocalizedText? ReadLocalized(YamlNode? node, string what, SourceLocation ownerLocation)
    {
        if (node is null)
        {
            Error(ownerLocation, $"{what} is missing");
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node.Start, $"{what} must have 'zh' and 'en' texts");
            return null;
        }

        var location = Locate(node.Start);
        var zh = ReadScalar(mapping, "zh", required: true, location, what);
        var en = ReadScalar(mapping, "en", required: true, location, what);
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    private Dictionary<Platform, LocalizedText> ReadPlatforms(YamlNode? node, string label)
    {
        var result = new Dictionary<Platform, LocalizedText>();
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node.Start, $"'platforms' of {label} must map platform names to answers");
            return result;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = KeyOf(key);
            if (!Enum.TryParse<Platform>(name, ignoreCase: true, out var platform) || !name.All(char.IsLower))
            {
                Error(key.Start, $"unknown platform '{name}' (use douyin, kuaishou, taobao, pinduoduo or generic)");
                continue;
            }

            if (ReadLocalized(value, $"the {name} answer of {label}", Locate(key.Start)) is { } text)
            {
                result[platform] = text;
            }
        }

        return result;
    }

    private void ReadTexts(YamlNode node, List<BotText> texts)
    {
        foreach (var mapping in Mappings(node, "'texts' must be a list, each text starting with '- key:'", "each text must have 'key', 'zh' and 'en'"))
        {
            var location = Locate(mapping.Start);
            WarnUnknownKeys(mapping, TextKeys);
            var textKey = ReadScalar(mapping, "key", required: true, location);
            if (textKey is not null && !TextKeyPattern().IsMatch(textKey))
            {
                Error(Get(mapping, "key")!.Start, $"text key '{textKey}' must be lowercase words joined by '.' or '-' (e.g. closure.ask-platform)");
            }

            var label = textKey is null ? "this text" : $"text '{textKey}'";
            var zh = ReadScalar(mapping, "zh", required: true, location, label);
            var en = ReadScalar(mapping, "en", required: true, location, label);
            var platforms = ReadPlatforms(Get(mapping, "platforms"), label);
            var buttons = ReadStringList(Get(mapping, "buttons"), "buttons");
            if (textKey is not null && zh is not null && en is not null)
            {
                texts.Add(new BotText
                {
                    Key = textKey,
                    Text = new LocalizedText(zh, en),
                    PlatformTexts = platforms,
                    Buttons = buttons.Select(b => b.Text).ToList(),
                    Location = location,
                });
            }
        }
    }

    private void ReadSynonyms(YamlNode node, List<SynonymRule> synonyms)
    {
        foreach (var mapping in Mappings(node, "'synonyms' must be a list of rules, each with 'canonical' and 'variants'", "each synonym rule must have 'canonical' and 'variants'"))
        {
            var location = Locate(mapping.Start);
            var canonical = ReadScalar(mapping, "canonical", required: true, location, "synonym rule");
            var variantsNode = Get(mapping, "variants");
            if (variantsNode is null)
            {
                Error(location, "synonym rule has no 'variants'");
                continue;
            }

            var variants = ReadStringList(variantsNode, "variants");
            if (variants.Count == 0)
            {
                Error(variantsNode.Start, "synonym rule has an empty 'variants' list");
            }

            if (canonical is not null && variants.Count > 0)
            {
                synonyms.Add(new SynonymRule(canonical, variants.Select(v => v.Text).ToList(), location));
            }
        }
    }

    private string? ReadScalar(YamlMappingNode mapping, string key, bool required, SourceLocation ownerLocation, string? owner = null)
    {
        var node = Get(mapping, key);
        var what = owner is null ? $"'{key}'" : $"'{key}' of the {owner}";
        if (node is null)
        {
            if (required)
            {
                Error(ownerLocation, $"{what} is missing");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node.Start, $"{what} must be a single text");
            return null;
        }

        var value = scalar.Value?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            Error(node.Start, $"{what} is empty");
            return null;
        }

        return value;
    }

    private bool ReadBool(YamlNode? node)
    {
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode { Value: { } v } && bool.TryParse(v, out var result))
        {
            return result;
        }

        Error(node.Start, "'escalate' must be true or false");
        return false;
    }

    private static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string KeyOf(YamlNode key) => key is YamlScalarNode { Value: { } v } ? v : key.ToString();

    private SourceLocation Locate(Mark mark) => new(_displayPath, (int)mark.Line, (int)mark.Column);

    private void Error(Mark mark, string message) => Error(Locate(mark), message);

    private void Error(SourceLocation location, string message) =>
        _problems.Add(new ContentProblem(location, ProblemSeverity.Error, message));

    private void Warning(Mark mark, string message) =>
        _problems.Add(new ContentProblem(Locate(mark), ProblemSeverity.Warning, message));

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is printed already.
    private static string CleanYamlMessage(string message) => YamlLocationPrefix().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"^(flow:)?[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex TextKeyPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex YamlLocationPrefix();
}
