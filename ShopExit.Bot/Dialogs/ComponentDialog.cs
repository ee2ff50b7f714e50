using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs;

/// <summary>
/// A dialog made of dialogs, with its own inner stack (Bot Builder's <c>ComponentDialog</c>).
/// Override <see cref="OnContinueDialogAsync"/> to catch interruptions before the inner dialog
/// sees the message.
/// </summary>
/// <param name="id">The component's id.</param>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    /// <summary>The inner dialogs.</summary>
    protected DialogSet InnerDialogs { get; } = new();

    /// <summary>The inner dialog begun first.</summary>
    protected string InitialDialogId { get; set; } = string.Empty;

    /// <summary>Adds an inner dialog; the first one added is the initial dialog unless set.</summary>
    protected ComponentDialog AddDialog(Dialog dialog)
    {
        InnerDialogs.Add(dialog);
        if (InitialDialogId.Length == 0)
        {
            InitialDialogId = dialog.Id;
        }

        return this;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await EndComponentIfDoneAsync(dc, result, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc);
        var result = await OnContinueDialogAsync(inner, cancellationToken);
        return await EndComponentIfDoneAsync(dc, result, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        // A dialog begun on the outer stack above this one ended: ask our question again.
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        CreateInnerContext(dc, instance).RepromptDialogAsync(cancellationToken);

    /// <inheritdoc />
    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(dc, instance).CancelAllDialogsAsync(cancellationToken);
        }
    }

    /// <summary>Begins the initial inner dialog.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);

    /// <summary>Continues the inner stack; override to handle interruptions first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>The context over this component's inner stack.</summary>
    protected DialogContext CreateInnerContext(DialogContext outer, DialogInstance? instance = null)
    {
        instance ??= outer.ActiveDialog!;
        instance.InnerStack ??= [];
        return new DialogContext(InnerDialogs, outer.Context, instance.InnerStack, outer);
    }

    private static async Task<DialogTurnResult> EndComponentIfDoneAsync(DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status switch
        {
            DialogTurnStatus.Waiting => EndOfTurn,
            DialogTurnStatus.Cancelled => await CancelComponentAsync(dc, cancellationToken),
            _ => await dc.EndDialogAsync(inner.Result, cancellationToken),
        };

    private static async Task<DialogTurnResult> CancelComponentAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Stack.RemoveAt(0);
        return dc.Stack.Count > 0
            ? await dc.Find(dc.ActiveDialog!).ResumeDialogAsync(dc, DialogReason.CancelCalled, null, cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Cancelled);
    }
}
