using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Flows;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The walkthrough's summary, built from what was actually answered along the way it went: each
/// step that is an item gives one line, done ✅, blocked ⛔ or still to do ⬜ (an answer can bring
/// its own line: 申请被拒绝 lists 修改后重新提交). Steps the way did not pass are not listed.
/// </summary>
public static class FlowSummary
{
    /// <summary>The summary text: the heading, then one line per item; null when no step is an item yet.</summary>
    public static string? Of(TurnContext turn, FlowDefinition flow, FlowProgress progress)
    {
        var lines = new List<string>();
        foreach (var id in progress.History.Append(progress.Step).Distinct(StringComparer.Ordinal))
        {
            if (flow.Step(id) is { } step && Line(turn, step, progress) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines.Count == 0 ? null : turn.Texts.Say(flow.SummaryTitle) + "\n\n" + string.Join("\n", lines);
    }

    /// <summary>How an answered step stands, with its line; null for a step not answered or no item.</summary>
    public static (FlowItemStatus Status, string Line)? Item(TurnContext turn, FlowStep step, FlowProgress progress)
    {
        FlowOutcome? outcome;
        if (step.Kind == FlowStepKind.Info)
        {
            outcome = progress.History.Contains(step.Id) ? step.Answers.FirstOrDefault() : null;
        }
        else if (!progress.Answers.TryGetValue(step.Id, out var value))
        {
            return null;
        }
        else
        {
            outcome = value == FlowProgress.Resolved ? null : step.Outcome(value);
            if (outcome is null && value != FlowProgress.Resolved)
            {
                return null;
            }
        }

        var status = outcome?.Status ?? FlowItemStatus.Done;
        var text = outcome?.Summary ?? step.Summary;
        return text is null || (step.Kind == FlowStepKind.Info && outcome is null) ? null : (status, turn.Texts.Say(text));
    }

    private static string? Line(TurnContext turn, FlowStep step, FlowProgress progress)
    {
        if (Item(turn, step, progress) is not { } item)
        {
            return null;
        }

        var key = item.Status switch
        {
            FlowItemStatus.Done => TextKeys.SummaryDone,
            FlowItemStatus.Blocked => TextKeys.SummaryBlocked,
            _ => TextKeys.SummaryTodo,
        };
        return turn.Texts.Get(key, ("item", item.Line));
    }
}
