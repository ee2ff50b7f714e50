using System.Text.Json.Nodes;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// One dialog on the stack, with its persisted state (JSON, so it survives a restart). It is part
/// of the conversation's state, so it lives here; the dialogs that run it know nothing of storage.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The dialog's id in its dialog set.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's own state.</summary>
    public JsonObject State { get; init; } = [];

    /// <summary>The inner stack of a component dialog, active dialog first.</summary>
    public List<DialogInstance>? InnerStack { get; set; }
}
