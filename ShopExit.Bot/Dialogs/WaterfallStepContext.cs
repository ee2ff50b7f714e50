using System.Text.Json;
using System.Text.Json.Nodes;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Prompts;

namespace ShopExit.Bot.Dialogs;

/// <summary>What a waterfall step sees (Bot Builder's <c>WaterfallStepContext</c>).</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, JsonObject values, JsonNode? options, int index, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        DialogContext = dc;
        Values = values;
        Options = options;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The dialog context of the waterfall.</summary>
    public DialogContext DialogContext { get; }

    /// <summary>The turn.</summary>
    public TurnContext Context => DialogContext.Context;

    /// <summary>Values the steps share; persisted with the dialog.</summary>
    public JsonObject Values { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public JsonNode? Options { get; }

    /// <summary>This step's index.</summary>
    public int Index { get; }

    /// <summary>Why this step runs (begun, a prompt answered, next called, or run again after 上一步).</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's or prompt's result; null when the step is run again.</summary>
    public object? Result { get; }

    /// <summary>The options as a typed value.</summary>
    public T? GetOptions<T>() => Options is null ? default : Options.Deserialize<T>();

    /// <summary>Skips to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync called twice in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(DialogContext, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>Begins a prompt; its result is the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result is the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with a result.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends the waterfall and begins another dialog in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
