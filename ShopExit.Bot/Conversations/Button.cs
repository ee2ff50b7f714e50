namespace ShopExit.Bot.Conversations;

/// <summary>
/// A button the bot offers: its title in the merchant's language, and a value that does not depend
/// on the language (<see cref="ButtonValues"/>), sent back with the click.
/// </summary>
/// <param name="Title">What the button shows (and what the merchant's bubble shows after the click).</param>
/// <param name="Value">What the click means.</param>
public sealed record Button(string Title, string Value);
