using System.Text.Json.Nodes;

namespace ShopExit.Bot.Dialogs;

/// <summary>One dialog on the stack, with its persisted state (JSON, so it survives a restart).</summary>
public sealed class DialogInstance
{
    /// <summary>The dialog's id in its <see cref="DialogSet"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's own state.</summary>
    public JsonObject State { get; init; } = [];

    /// <summary>The inner stack of a <see cref="ComponentDialog"/>, active dialog first.</summary>
    public List<DialogInstance>? InnerStack { get; set; }
}
