using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs;

/// <summary>
/// A unit of conversation (Bot Builder's <c>Dialog</c>). A dialog keeps everything it needs in
/// its <see cref="DialogInstance.State"/>, because the process may restart between two messages.
/// </summary>
/// <param name="id">The dialog's id in its set; stored on the stack, so renaming it strands conversations.</param>
public abstract class Dialog(string id)
{
    /// <summary>The result that means "waiting for the user".</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    /// <summary>The dialog's id.</summary>
    public string Id { get; } = id;

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with the user's next message while this dialog is active.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog ended and this dialog is active again.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for what the dialog waits for.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the dialog leaves the stack.</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
