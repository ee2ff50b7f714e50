using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>
/// Buttons the next question of this turn shows after its own (set on the turn's state). Web Chat
/// shows only the last message's buttons, so an offer made just before a question asked again (an
/// apology with 转人工) must ride on the question, or the merchant never sees it.
/// </summary>
/// <param name="Actions">The buttons.</param>
public sealed record PromptExtraButtons(IReadOnlyList<CardAction> Actions);
