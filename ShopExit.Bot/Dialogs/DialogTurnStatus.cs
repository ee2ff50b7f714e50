



namespace ShopExit.Bot.Dialogs;

/// <summary>Where the dialog stack is after a turn (Bot Builder's names).</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog ended with a result.</summary>
    Complete,

    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
