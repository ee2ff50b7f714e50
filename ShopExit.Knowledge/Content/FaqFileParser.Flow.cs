using System.Text.RegularExpressions;
using ShopExit.Knowledge.Flows;
using YamlDotNet.Core;
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

    // Stands for a text whose error is reported: content with errors is refused, so it is never said.
    private static readonly LocalizedText Unread = new(string.Empty, string.Empty);

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
        var validId = id is not null && id.StartsWith(FaqEntry.FlowPrefix, StringComparison.Ordinal) && IdPattern().IsMatch(id);
        if (id is not null && !validId)
        {
            Error(Get(mapping, "id")!.Start, $"a walkthrough's id must be 'flow:' and a kebab-case name (flow:refund-only-appeal), not '{id}'");
        }

        var label = id is null ? "the walkthrough" : $"walkthrough '{id}'";
        var name = ReadLocalized(Get(mapping, "name"), $"'name' of {label}", location);
        var intro = Get(mapping, "intro") is { } introNode ? ReadPlatformText(introNode, $"'intro' of {label}", location) : null;
        var summary = ReadLocalized(Get(mapping, "summary"), $"'summary' of {label}", location);
        var steps = ReadSteps(Get(mapping, "steps"), label, location);
        var end = ReadEnd(Get(mapping, "end"), label, location);
        // Kept under a wrong id, it would be reported again as missing its entry (add an item 'Flow:Test'), which misleads.
        if (id is null || !validId)
        {
            return null;
        }

        // A missing text is reported already; the walkthrough is kept so that its entry, its steps
        // and the walkthroughs offering it are still checked against it (and do not report it missing).
        return new FlowDefinition
        {
            Id = id,
            Name = name ?? Unread,
            Intro = intro,
            SummaryTitle = summary ?? Unread,
            Steps = steps,
            End = end ?? new FlowEnd(null, [], null, location),
            Location = location,
        };
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
        var (buttons, answers, waysOnRead) = kind switch
        {
            FlowStepKind.Info => ReadInfoWayOn(mapping, label, location),
            null => ReadWaysOfUnknownKind(mapping, label, location),
            _ => ReadAnswerWays(mapping, label, location),
        };
        if (id is null)
        {
            return null;
        }

        // A missing ask or kind is reported already; the step is kept so that the answers leading
        // to it and the steps after it are not reported as well.
        return new FlowStep
        {
            Id = id,
            Kind = kind ?? (Get(mapping, "answers") is null ? FlowStepKind.Info : FlowStepKind.Choice),
            Ask = ask ?? new PlatformText(Unread, new Dictionary<Platform, LocalizedText>(), location),
            Buttons = buttons,
            Answers = answers,
            Summary = summary,
            Location = location,
            WaysOnUnknown = !waysOnRead,
        };
    }

    // An info step has no buttons and no answers: its one way on is written on the step itself.
    private (List<FlowButton> Buttons, List<FlowOutcome> Answers, bool Read) ReadInfoWayOn(YamlMappingNode mapping, string label, SourceLocation location)
    {
        foreach (var key in new[] { "buttons", "answers" }.Where(k => Get(mapping, k) is not null))
        {
            Error(KeyStart(mapping, key), $"{label} is an info step: it has no '{key}' (write 'next:' on the step itself)");
        }

        var outcome = ReadOutcome(mapping, string.Empty, label, location, isStep: true);
        return ([], [outcome], LeadsOn(outcome));
    }

    // A confirm or choice step: buttons, and under 'answers' where each leads.
    private (List<FlowButton> Buttons, List<FlowOutcome> Answers, bool Read) ReadAnswerWays(YamlMappingNode mapping, string label, SourceLocation location)
    {
        var misplaced = OutcomeKeys.Where(k => k != "summary" && Get(mapping, k) is not null).ToList();
        foreach (var key in misplaced)
        {
            Error(KeyStart(mapping, key), $"'{key}' of {label} belongs under one of its answers (answers: {{\"no\": {{{key}: ...}}}})");
        }

        var (buttons, everyButtonRead) = ReadButtons(Get(mapping, "buttons"), label);
        // Outcome keys written on the step are the missing answers: that error says it already.
        var answersNode = Get(mapping, "answers");
        var (answers, answersRead) = answersNode is null && misplaced.Count > 0 ? ([], false) : ReadAnswers(answersNode, label, location);
        return (buttons, answers, everyButtonRead && answersRead && misplaced.Count == 0);
    }

    // An unknown kind is reported; what the step was meant to be is unknown, so its buttons and
    // answers are read as they are written, with no error for where they stand.
    private (List<FlowButton> Buttons, List<FlowOutcome> Answers, bool Read) ReadWaysOfUnknownKind(YamlMappingNode mapping, string label, SourceLocation location)
    {
        var (buttons, _) = ReadButtons(Get(mapping, "buttons"), label);
        if (Get(mapping, "answers") is { } answersNode)
        {
            return (buttons, ReadAnswers(answersNode, label, location).Answers, false);
        }

        return (buttons, Get(mapping, "next") is null ? [] : [ReadOutcome(mapping, string.Empty, label, location, isStep: true)], false);
    }

    // The buttons, and whether every button has a value (a button without one cannot be matched to its answer).
    private (List<FlowButton> Buttons, bool EveryButtonRead) ReadButtons(YamlNode? node, string label)
    {
        var buttons = new List<FlowButton>();
        if (node is null)
        {
            return (buttons, true);
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

            var owner = value is null ? $"button of {label}" : $"button '{value}' of {label}";
            var zh = ReadScalar(mapping, "zh", required: true, location, owner);
            var en = ReadScalar(mapping, "en", required: true, location, owner);
            var also = ReadStringList(Get(mapping, "also"), "also").Select(a => a.Text).ToList();
            if (value is null)
            {
                continue;
            }

            // A missing title is reported already; the button is kept so its answer still has it.
            buttons.Add(new FlowButton(value, new LocalizedText(zh ?? string.Empty, en ?? string.Empty), also, location));
        }

        // Every item of the list became a button: none was left out for a missing value or for not being a mapping.
        return (buttons, node is YamlSequenceNode list && buttons.Count == list.Children.Count);
    }

    // The answers, and whether each was read with a way on (a step id, 'end' or a handoff).
    private (List<FlowOutcome> Answers, bool Read) ReadAnswers(YamlNode? node, string label, SourceLocation owner)
    {
        var answers = new List<FlowOutcome>();
        if (node is null)
        {
            Error(owner, $"{label} has no 'answers' (what each button leads to)");
            return (answers, false);
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node.Start, $"'answers' of {label} must map each button value to what it leads to (\"yes\": {{next: balance}})");
            return (answers, false);
        }

        var read = true;
        foreach (var (key, value) in mapping.Children)
        {
            if (value is not YamlMappingNode outcome)
            {
                Error(value.Start, $"answer '{KeyOf(key)}' of {label} must be a mapping (next, say, todo, blocker, handoff, summary)");
                read = false;
                continue;
            }

            // Located at its value's key ("no":), the line that names the answer.
            var answer = ReadOutcome(outcome, KeyOf(key), label, Locate(key.Start), isStep: false);
            answers.Add(answer);
            read &= LeadsOn(answer);
        }

        return (answers, read);
    }

    private static bool LeadsOn(FlowOutcome outcome) => outcome.Next is not null || outcome.Handoff is not null;

    // An answer's outcome; an info step carries its one outcome on the step itself.
    private FlowOutcome ReadOutcome(YamlMappingNode mapping, string value, string label, SourceLocation location, bool isStep)
    {
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

        // A blocker without 'next' is the validator's, which says what 'next' means there.
        if (next is null && handoff is null && Get(mapping, "blocker") is null)
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
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            return new PlatformText(Unread, new Dictionary<Platform, LocalizedText>(), Locate(node.Start));
        }

        // A missing zh or en is reported already: the text stays, so that a blocker or a todo is still one.
        WarnUnknownKeys(mapping, LocalizedKeys);
        return new PlatformText(text ?? Unread, ReadPlatforms(Get(mapping, "platforms"), what), Locate(node.Start));
    }

    // Where a key itself is written (the value of 'blocker:' may start on the next line).
    private static Mark KeyStart(YamlMappingNode mapping, string key) =>
        mapping.Children.Keys.First(k => KeyOf(k) == key).Start;

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex StepIdPattern();
}
