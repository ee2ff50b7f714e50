using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Flows;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// A content walkthrough as the agent sees it in a handoff: its name, the step reached (and whether a
/// blocker holds it), the branch that handed over, and every answer with its state, labelled in
/// zh-CN from the walkthrough's own file so the console needs no copy of it.
/// </summary>
public static class FlowSnapshot
{
    /// <summary>The snapshot of <paramref name="progress"/> in <paramref name="flow"/>.</summary>
    public static WalkthroughSnapshot Of(TurnContext turn, FlowDefinition flow, FlowProgress progress, string? branch)
    {
        var answers = progress.History.Append(progress.Step).Distinct(StringComparer.Ordinal)
            .Select(flow.Step).OfType<FlowStep>()
            .Where(s => s.Kind != FlowStepKind.Info && progress.Answers.ContainsKey(s.Id))
            .Select(s => Answer(s, progress))
            .ToList();
        if (turn.Data.Platform is { } platform && turn.Knowledge.Content.Text(TextKeys.PlatformName(platform)) is { } name)
        {
            answers.Insert(0, new WalkthroughAnswer(FlowProgress.PlatformStep, "平台", name.Text.Zh, Status(FlowItemStatus.Done)));
        }

        var current = flow.Step(progress.Step);
        return new WalkthroughSnapshot(
            flow.Id,
            flow.Name.Zh,
            progress.Step,
            current?.Summary?.Zh ?? (progress.Step == FlowProgress.PlatformStep ? "选择平台" : progress.Step),
            flow.NumberOf(progress.Step),
            flow.Steps.Count,
            progress.Blocked,
            branch,
            answers);
    }

    private static WalkthroughAnswer Answer(FlowStep step, FlowProgress progress)
    {
        var value = progress.Answers[step.Id];
        var resolved = value == FlowProgress.Resolved;
        var title = resolved ? "已处理好"
            : step.Buttons.FirstOrDefault(b => b.Value == value)?.Title.Zh ?? value switch { "yes" => "是", "no" => "否", _ => value };
        var status = resolved ? FlowItemStatus.Done : step.Outcome(value)?.Status ?? FlowItemStatus.Done;
        return new WalkthroughAnswer(step.Id, step.Summary?.Zh ?? step.Id, title, Status(status));
    }

    private static string Status(FlowItemStatus status) => status.ToString().ToLowerInvariant();
}
