using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Prompts;

namespace ShopExit.Bot.Dialogs;

/// <summary>
/// Runs dialogs for one turn over one stack (Bot Builder's <c>DialogContext</c>). A
/// <see cref="ComponentDialog"/> gets its own context over its inner stack, with this one as parent.
/// </summary>
public sealed class DialogContext
{
    /// <summary>Creates a context over <paramref name="stack"/>.</summary>
    public DialogContext(DialogSet dialogs, TurnContext context, List<DialogInstance> stack, DialogContext? parent = null)
    {
        Dialogs = dialogs;
        Context = context;
        Stack = stack;
        Parent = parent;
    }

    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public TurnContext Context { get; }

    /// <summary>The stack, active dialog first.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog that owns this one, if any.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The active dialog, if any.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Pushes a dialog and begins it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new UnknownDialogException(dialogId);
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Gives the user's message to the active dialog.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));
        }

        return Find(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            return await Find(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on the stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active ? Find(active).RepromptDialogAsync(this, active, cancellationToken) : Task.CompletedTask;

    /// <summary>The dialog of a stack entry.</summary>
    /// <exception cref="UnknownDialogException">The id is not in the set.</exception>
    public Dialog Find(DialogInstance instance) => Dialogs.Find(instance.Id) ?? throw new UnknownDialogException(instance.Id);

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        // An unknown dialog can always be removed; only its clean-up is skipped.
        if (Dialogs.Find(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(this, active, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
    }
}
