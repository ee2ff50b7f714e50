using System.Text.RegularExpressions;
using ShopExit.Knowledge.Flows;
using YamlDotNet.RepresentationModel;

namespace ShopExit.Knowledge.Content;

/// <summary>
/// The <c>flow:</c> section of a content file: one walkthrough, read node by node like the rest
/// so that every problem has its line and column. Checks that need the whole walkthrough (unknown
/// or unreachable steps, a branch that never ends) are <see cref="FlowValidator"/>'s.
/// </summary>
internal sealed partial class FaqFileParser
{
    private static readonly string[] FlowKeys = ["id", "name", "intro", "summary", "steps", "end"];
    private static readonly string[] OutcomeKeys = ["next", "say", "todo", "blocker", "handoff", "summary"];
    private static readonly string[] StepKeys = ["id", "kind", "ask", "buttons", "summary", "answers", .. OutcomeKeys];
    private static readonly string[] ButtonKeys = ["value", "zh", "en", "also"];
    private static readonly string[] EndKeys = ["say", "buttons", "offer"];
    private static readonly string[] LocalizedKeys = ["zh", "en", "platforms"];

    private FlowDefinition? ReadFlow(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node.Start, "'flow' must be a mapping with id, name, summary, steps and end");
            return null;
        }

        var location = Locate(mapping.Start);
        WarnUnknownKeys(mapping, FlowKeys);
        var id = ReadScalar(mapping, "id", required: true, location, "flow");
        if (id is not null && !(id.StartsWith(FaqEntry.FlowPrefix, StringComparison.Ordinal) && IdPattern().IsMatch(id)))
        {
            Error(Get(mapping, "id")!.Start, $"a walkthrough's id must be 'flow:' and a kebab-case name (flow:refund-only-appeal), not '{id}'");
        }

        var label = id is null ? "the walkthrough" : $"walkthrough '{id}'";
        var name = ReadLocalized(Get(mapping, "name"), $"'name' of {label}", location);
        var intro = Get(mapping, "intro") is { } introNode ? ReadPlatformText(introNode, $"'intro' of {label}", location) : null;
        var summary = ReadLocalized(Get(mapping, "summary"), $"'summary' of {label}", location);
        var steps = ReadSteps(Get(mapping, "steps"), label, location);
        var end = ReadEnd(Get(mapping, "end"), label, location);
        if (id is null || name is null || summary is null || end is null)
        {
            return null;
        }

        return new FlowDefinition { Id = id, Name = name, Intro = intro, SummaryTitle = summary, Steps = steps, End = end, Location = location };
    }

    private List<FlowStep> ReadSteps(YamlNode? node, string label, SourceLocation owner)
    {
        var steps = new List<FlowStep>();
        if (node is null)
        {
            Error(owner, $"{label} has no 'steps'");
            return steps;
        }

        foreach (var mapping in Mappings(node, "'steps' must be a list of steps, each starting with '- id:'", "each step must be a mapping with id, kind and ask"))
        {
            if (ReadStep(mapping, label) is { } step)
            {
                steps.Add(step);
            }
        }

        if (steps.Count == 0 && node is YamlSequenceNode)
        {
            Error(node.Start, $"{label} has no steps");
        }

        return steps;
    }

    private FlowStep? ReadStep(YamlMappingNode mapping, string flowLabel)
    {
        var location = Locate(mapping.Start);
        WarnUnknownKeys(mapping, StepKeys);
        var id = ReadScalar(mapping, "id", required: true, location, "step");
        if (id is not null && !StepIdPattern().IsMatch(id))
        {
            Error(Get(mapping, "id")!.Start, $"step id '{id}' must be kebab-case (lowercase letters, digits and '-')");
        }

        var label = id is null ? $"a step of {flowLabel}" : $"step '{id}'";
        var kindText = ReadScalar(mapping, "kind", required: true, location, label);
        FlowStepKind? kind = null;
        if (kindText is not null)
        {
            if (Enum.TryParse<FlowStepKind>(kindText, ignoreCase: true, out var parsed) && kindText.All(char.IsLower))
            {
                kind = parsed;
            }
            else
            {
                Error(Get(mapping, "kind")!.Start, $"unknown kind '{kindText}' of {label} (use confirm, choice or info)");
            }
        }

        var ask = ReadPlatformText(Get(mapping, "ask"), $"'ask' of {label}", location);
        var summary = Get(mapping, "summary") is { } summaryNode ? ReadLocalized(summaryNode, $"'summary' of {label}", location) : null;
        var buttons = kind == FlowStepKind.Info ? [] : ReadButtons(Get(mapping, "buttons"), label);
        List<FlowOutcome> answers;
        if (kind == FlowStepKind.Info)
        {
            foreach (var key in new[] { "buttons", "answers" }.Where(k => Get(mapping, k) is not null))
            {
                Error(Get(mapping, key)!.Start, $"{label} is an info step: it has no '{key}' (write 'next:' on the step itself)");
            }

            answers = ReadOutcome(mapping, string.Empty, label, isStep: true) is { } only ? [only] : [];
        }
        else
        {
            foreach (var key in OutcomeKeys.Where(k => k != "summary" && Get(mapping, k) is not null))
            {
                Error(Get(mapping, key)!.Start, $"'{key}' of {label} belongs under one of its answers (answers: {{yes: {{{key}: ...}}}})");
            }

            answers = ReadAnswers(Get(mapping, "answers"), label, location);
        }

        if (id is null || kind is null || ask is null)
        {
            return null;
        }

        return new FlowStep { Id = id, Kind = kind.Value, Ask = ask, Buttons = buttons, Answers = answers, Summary = summary, Location = location };
    }

    private List<FlowButton> ReadButtons(YamlNode? node, string label)
    {
        var buttons = new List<FlowButton>();
        if (node is null)
        {
            return buttons;
        }

        foreach (var mapping in Mappings(node, $"'buttons' of {label} must be a list, each button with 'value', 'zh' and 'en'", "each button must be a mapping with 'value', 'zh' and 'en'"))
        {
            var location = Locate(mapping.Start);
            WarnUnknownKeys(mapping, ButtonKeys);
            var value = ReadScalar(mapping, "value", required: true, location, $"button of {label}");
            if (value is not null && !StepIdPattern().IsMatch(value))
            {
                Error(Get(mapping, "value")!.Start, $"button value '{value}' must be kebab-case (it is stored and compared, never shown)");
            }

            var zh = ReadScalar(mapping, "zh", required: true, location, $"button of {label}");
            var en = ReadScalar(mapping, "en", required: true, location, $"button of {label}");
            var also = ReadStringList(Get(mapping, "also"), "also").Select(a => a.Text).ToList();
            if (value is not null && zh is not null && en is not null)
            {
                buttons.Add(new FlowButton(value, new LocalizedText(zh, en), also, location));
            }
        }

        return buttons;
    }

    private List<FlowOutcome> ReadAnswers(YamlNode? node, string label, SourceLocation owner)
    {
        var answers = new List<FlowOutcome>();
        if (node is null)
        {
            Error(owner, $"{label} has no 'answers' (what each button leads to)");
            return answers;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node.Start, $"'answers' of {label} must map each button value to what it leads to (yes: {{next: balance}})");
            return answers;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (value is not YamlMappingNode outcome)
            {
                Error(value.Start, $"answer '{KeyOf(key)}' of {label} must be a mapping (next, say, todo, blocker, handoff, summary)");
                continue;
            }

            if (ReadOutcome(outcome, KeyOf(key), label, isStep: false) is { } read)
            {
                answers.Add(read);
            }
        }

        return answers;
    }

    // An answer's outcome; an info step carries its one outcome on the step itself.
    private FlowOutcome? ReadOutcome(YamlMappingNode mapping, string value, string label, bool isStep)
    {
        var location = Locate(mapping.Start);
        if (!isStep)
        {
            WarnUnknownKeys(mapping, OutcomeKeys);
        }

        var what = isStep ? label : $"answer '{value}' of {label}";
        var nextNode = Get(mapping, "next");
        var next = ReadScalar(mapping, "next", required: false, location, what);
        var handoff = ReadScalar(mapping, "handoff", required: false, location, what);
        if (handoff is not null && !StepIdPattern().IsMatch(handoff))
        {
            Error(Get(mapping, "handoff")!.Start, $"the handoff reason '{handoff}' of {what} must be kebab-case (banned-account): agents see it");
        }

        if (next is null && handoff is null)
        {
            Error(location, $"{what} has no 'next' (a step id, or 'end') and no 'handoff'");
        }

        PlatformText? Optional(string key) => Get(mapping, key) is { } node ? ReadPlatformText(node, $"'{key}' of {what}", location) : null;
        return new FlowOutcome
        {
            Value = value,
            Say = Optional("say"),
            Next = next,
            NextLocation = nextNode is null ? null : Locate(nextNode.Start),
            Todo = Optional("todo"),
            Blocker = Optional("blocker"),
            Handoff = handoff,
            Summary = !isStep && Get(mapping, "summary") is { } summary ? ReadLocalized(summary, $"'summary' of {what}", location) : null,
            Location = location,
        };
    }

    private FlowEnd? ReadEnd(YamlNode? node, string label, SourceLocation owner)
    {
        if (node is null)
        {
            Error(owner, $"{label} has no 'end' (what it says and offers after the summary)");
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node.Start, $"'end' of {label} must be a mapping with 'say' and 'buttons'");
            return null;
        }

        var location = Locate(mapping.Start);
        WarnUnknownKeys(mapping, EndKeys);
        var say = Get(mapping, "say") is { } sayNode ? ReadPlatformText(sayNode, $"'say' of the end of {label}", location) : null;
        var buttons = ReadStringList(Get(mapping, "buttons"), "buttons").Select(b => b.Text).ToList();
        var offer = ReadScalar(mapping, "offer", required: false, location, $"end of {label}");
        return new FlowEnd(say, buttons, offer, location);
    }

    // zh and en, with optional per-platform variants.
    private PlatformText? ReadPlatformText(YamlNode? node, string what, SourceLocation owner)
    {
        var text = ReadLocalized(node, what, owner);
        if (text is null || node is not YamlMappingNode mapping)
        {
            return null;
        }

        WarnUnknownKeys(mapping, LocalizedKeys);
        return new PlatformText(text, ReadPlatforms(Get(mapping, "platforms"), what), Locate(node.Start));
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex StepIdPattern();
}
