using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs;

/// <summary>A dialog stack; the active dialog is at index 0, as in Bot Builder.</summary>
public sealed class DialogState
{
    /// <summary>The stack, active dialog first.</summary>
    public List<DialogInstance> DialogStack { get; init; } = [];
}
