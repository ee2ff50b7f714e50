using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Flows;

/// <summary>
/// Checks that need a whole walkthrough or the whole content: every walkthrough has its starting
/// entry and the other way round; step ids are unique and every <c>next</c> names one; every
/// step is reached from the first; every branch comes to an end; a step's buttons and answers
/// match; the end's buttons exist.
/// </summary>
internal static class FlowValidator
{
    private const string PlatformStep = "platform";

    public static void Validate(FaqContent content, List<ContentProblem> problems)
    {
        var entries = content.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        foreach (var flow in content.Flows)
        {
            if (!seen.TryAdd(flow.Id, flow))
            {
                problems.Add(Error(flow.Location, $"duplicate walkthrough '{flow.Id}' (first defined at {seen[flow.Id].Location})"));
                continue;
            }

            if (!entries.Contains(flow.Id))
            {
                problems.Add(Error(flow.Location, $"walkthrough '{flow.Id}' has no entry with the phrasings that start it (add an item with id \"{flow.Id}\" under 'items:')"));
            }

            CheckFlow(flow, entries, problems);
        }

        foreach (var entry in content.Entries.Where(e => e.Kind == EntryKind.Flow && !seen.ContainsKey(e.Id)))
        {
            problems.Add(Error(entry.Location, $"'{entry.Id}' starts a walkthrough, but no file under flows/ defines it (flow: id: \"{entry.Id}\")"));
        }
    }

    private static void CheckFlow(FlowDefinition flow, HashSet<string> entries, List<ContentProblem> problems)
    {
        var steps = new Dictionary<string, FlowStep>(StringComparer.Ordinal);
        foreach (var step in flow.Steps)
        {
            if (step.Id is FlowOutcome.End or PlatformStep)
            {
                problems.Add(Error(step.Location, $"'{step.Id}' cannot be a step id: the walkthrough uses it itself"));
            }
            else if (!steps.TryAdd(step.Id, step))
            {
                problems.Add(Error(step.Location, $"duplicate step id '{step.Id}' in '{flow.Id}' (first defined at {steps[step.Id].Location})"));
            }

            CheckAnswers(step, problems);
            foreach (var outcome in step.Answers)
            {
                CheckOutcome(flow, step, outcome, problems);
            }
        }

        CheckReachable(flow, problems);
        CheckEnds(flow, problems);
        CheckEnd(flow, entries, problems);
    }

    private static void CheckAnswers(FlowStep step, List<ContentProblem> problems)
    {
        // A step whose buttons or answers could not all be read has its error already.
        if (step.Kind == FlowStepKind.Info || step.WaysOnUnknown)
        {
            return;
        }

        var values = step.Kind == FlowStepKind.Confirm && step.Buttons.Count == 0 ? ["yes", "no"] : step.Buttons.Select(b => b.Value).ToList();
        // The confirm prompt reads its first button as yes, whatever that button's value says.
        if (step.Kind == FlowStepKind.Confirm && !values.SequenceEqual(["yes", "no"]))
        {
            problems.Add(Error(step.Buttons.Count > 0 ? step.Buttons[0].Location : step.Location,
                $"confirm step '{step.Id}' must have two buttons with the values yes and no, yes first (the first button means yes), or no buttons for 是 / 否; its buttons' values are: {string.Join(", ", values)}"));
        }

        if (step.Kind == FlowStepKind.Choice && step.Buttons.Count < 2)
        {
            problems.Add(Error(step.Location, $"choice step '{step.Id}' needs at least two buttons"));
        }

        foreach (var duplicate in step.Buttons.GroupBy(b => b.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(Error(duplicate.Last().Location, $"step '{step.Id}' has two buttons with the value '{duplicate.Key}'"));
        }

        foreach (var button in step.Buttons.Where(b => step.Outcome(b.Value) is null))
        {
            problems.Add(Error(button.Location, $"button '{button.Value}' of step '{step.Id}' leads nowhere: add '{button.Value}:' under its answers"));
        }

        foreach (var outcome in step.Answers.Where(a => !values.Contains(a.Value, StringComparer.Ordinal)))
        {
            problems.Add(Error(outcome.Location, $"answer '{outcome.Value}' of step '{step.Id}' has no button with that value (values: {string.Join(", ", values)})"));
        }

        if (step.Kind == FlowStepKind.Confirm && step.Buttons.Count == 0)
        {
            foreach (var missing in values.Where(v => step.Outcome(v) is null))
            {
                problems.Add(Error(step.Location, $"confirm step '{step.Id}' has no answer '{missing}'"));
            }
        }
    }

    private static void CheckOutcome(FlowDefinition flow, FlowStep step, FlowOutcome outcome, List<ContentProblem> problems)
    {
        var what = outcome.Value.Length == 0 ? $"step '{step.Id}'" : $"answer '{outcome.Value}' of step '{step.Id}'";
        if (outcome.Next is { } next && next != FlowOutcome.End && flow.Step(next) is null)
        {
            problems.Add(Error(outcome.NextLocation ?? outcome.Location, $"{what} leads to step '{next}', but '{flow.Id}' has no step with that id (its steps: {string.Join(", ", flow.Steps.Select(s => s.Id))})"));
        }

        if (outcome.Next == step.Id)
        {
            problems.Add(Error(outcome.NextLocation ?? outcome.Location, $"{what} leads back to the same step (a blocker waits by itself: give the step that comes after it)"));
        }

        if (outcome.Blocker is not null && outcome.Next is null)
        {
            problems.Add(Error(outcome.Location, $"{what} is a blocker without 'next': the step the walkthrough goes on to once it is resolved"));
        }

        if (outcome.Blocker is not null && outcome.Todo is not null)
        {
            problems.Add(Error(outcome.Location, $"{what} has both 'todo' and 'blocker': a blocker pauses, a todo goes on; choose one"));
        }

        if (outcome.Handoff is not null && outcome.Next is not null)
        {
            problems.Add(Error(outcome.NextLocation ?? outcome.Location, $"{what} hands over to a human and also has 'next': after a handoff the agent decides what comes next"));
        }
    }

    // Every step can be reached from the first.
    private static void CheckReachable(FlowDefinition flow, List<ContentProblem> problems)
    {
        if (flow.Steps.Count == 0)
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<FlowStep>([flow.Steps[0]]);
        while (queue.TryDequeue(out var step))
        {
            if (LeadsSomewhereUnknown(flow, step))
            {
                // Which steps it was meant to reach is not known (a misspelt 'next' is reported already).
                return;
            }

            if (!reached.Add(step.Id))
            {
                continue;
            }

            foreach (var next in step.Answers.Select(a => flow.Step(a.Next)).OfType<FlowStep>())
            {
                queue.Enqueue(next);
            }
        }

        foreach (var step in flow.Steps.Where(s => !reached.Contains(s.Id)))
        {
            problems.Add(Error(step.Location, $"step '{step.Id}' of '{flow.Id}' is never reached: no answer leads to it"));
        }
    }

    // From every step some answer leads, step by step, to the end (or to a human).
    private static void CheckEnds(FlowDefinition flow, List<ContentProblem> problems)
    {
        // A step whose ways on could not be read, or lead to a step that does not exist, is given the benefit of the doubt.
        var ending = flow.Steps.Where(s => LeadsSomewhereUnknown(flow, s)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var step in flow.Steps.Where(s => !ending.Contains(s.Id)))
            {
                if (step.Answers.Any(a => a.Handoff is not null || a.Next == FlowOutcome.End || (a.Next is { } n && ending.Contains(n))))
                {
                    grew = ending.Add(step.Id) || grew;
                }
            }
        }
        while (grew);

        foreach (var step in flow.Steps.Where(s => !ending.Contains(s.Id)))
        {
            problems.Add(Error(step.Location, $"from step '{step.Id}' of '{flow.Id}' the walkthrough never ends: no answer leads on to 'next: end'"));
        }
    }

    // Whether the step's ways on are not all known: unread (reported by the parser), or a 'next' naming no step (reported here).
    private static bool LeadsSomewhereUnknown(FlowDefinition flow, FlowStep step) =>
        step.WaysOnUnknown || step.Answers.Any(a => a.Next is { } next && next != FlowOutcome.End && flow.Step(next) is null);

    private static void CheckEnd(FlowDefinition flow, HashSet<string> entries, List<ContentProblem> problems)
    {
        foreach (var button in flow.End.Buttons.Where(b => !entries.Contains(b)))
        {
            problems.Add(Error(flow.End.Location, $"the end of '{flow.Id}' offers '{button}', but no entry has that id"));
        }

        if (flow.End.Offer is { } offer && !flow.End.Buttons.Contains(offer, StringComparer.Ordinal))
        {
            problems.Add(Error(flow.End.Location, $"the end of '{flow.Id}' offers '{offer}' for a plain yes, but it is not one of its buttons"));
        }
    }

    private static ContentProblem Error(SourceLocation location, string message) => new(location, ProblemSeverity.Error, message);
}
