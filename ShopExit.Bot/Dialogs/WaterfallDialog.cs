using System.Text.Json;
using System.Text.Json.Nodes;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs;

/// <summary>
/// A fixed sequence of steps (Bot Builder's <c>WaterfallDialog</c>). The step index, the shared
/// values and the options live in the dialog's state, so a waterfall survives a restart and
/// continues at the same step. Unlike Bot Builder, a step can be run again
/// (<see cref="RunStepAgainAsync"/>), which is how walkthroughs go back one step.
/// </summary>
public sealed class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    private readonly List<WaterfallStep> _steps;

    /// <summary>Creates a waterfall.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id) => _steps = steps.ToList();

    /// <summary>How many steps there are.</summary>
    public int StepCount => _steps.Count;

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[ValuesKey] = new JsonObject();
        state[OptionsKey] = options is null ? null : options as JsonNode ?? JsonSerializer.SerializeToNode(options, ActivityJson.Options);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc.ActiveDialog!) + 1, reason, result, cancellationToken);

    /// <summary>The step the waterfall is at.</summary>
    public static int CurrentStep(DialogInstance instance) => instance.State[StepIndexKey]?.GetValue<int>() ?? 0;

    /// <summary>The values the steps share.</summary>
    public static JsonObject ValuesOf(DialogInstance instance) => instance.State[ValuesKey] as JsonObject ?? [];

    /// <summary>Runs step <paramref name="index"/> again with no result (the step only asks its question).</summary>
    public Task<DialogTurnResult> RunStepAgainAsync(DialogContext dc, int index, CancellationToken cancellationToken) =>
        RunStepAsync(dc, Math.Clamp(index, 0, _steps.Count - 1), DialogReason.BeginCalled, null, cancellationToken);

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.State[StepIndexKey] = index;
        var values = instance.State[ValuesKey] as JsonObject ?? [];
        instance.State[ValuesKey] = values;
        var step = new WaterfallStepContext(this, dc, values, instance.State[OptionsKey], index, reason, result);
        return await _steps[index](step, cancellationToken);
    }
}
