using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// A turn's effect: what the merchant wrote after leaving a message goes into the conversation's
/// waiting ticket (its additions, and its contact when the message gives a new one), in the turn's
/// transaction. The dialogs add it with the merchant's text; the desk masks it before it is written.
/// </summary>
/// <param name="Text">What the merchant wrote.</param>
/// <param name="Contact">A new way to reach the merchant found in it, if any.</param>
public sealed record AddToTicket(string Text, string? Contact) : ITurnEffect;
