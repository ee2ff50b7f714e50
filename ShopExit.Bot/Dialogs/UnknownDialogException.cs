



namespace ShopExit.Bot.Dialogs;

/// <summary>
/// A stored dialog stack names a dialog this deployment does not have (it was renamed or
/// removed). The turn handler resets that conversation politely instead of failing every turn.
/// </summary>
public sealed class UnknownDialogException : Exception
{
    /// <summary>Creates the exception for a dialog id.</summary>
    public UnknownDialogException(string dialogId)
        : base($"The dialog '{dialogId}' on the stack is not in the dialog set.") => DialogId = dialogId;

    /// <summary>Creates the exception.</summary>
    public UnknownDialogException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public UnknownDialogException(string message, Exception innerException)
        : base(message, innerException) => DialogId = string.Empty;

    /// <summary>The unknown id.</summary>
    public string DialogId { get; }
}
