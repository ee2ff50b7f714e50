



namespace ShopExit.Bot.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>It was just begun.</summary>
    BeginCalled,

    /// <summary>The user answered it.</summary>
    ContinueCalled,

    /// <summary>It ended normally.</summary>
    EndCalled,

    /// <summary>It was replaced by another dialog.</summary>
    ReplaceCalled,

    /// <summary>It was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall moved to its next step.</summary>
    NextCalled,
}
