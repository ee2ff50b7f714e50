



namespace ShopExit.Bot.ConversationTests;

/// <summary>What the merchant does in one turn of a story.</summary>
public enum StoryAction
{
    /// <summary><c>user: TEXT</c>: types a message.</summary>
    User,

    /// <summary><c>click: TITLE</c>: clicks the button with this title under the bot's last message.</summary>
    Click,

    /// <summary><c>set_locale: en-US</c>: switches the page's language (the page's zh/EN switch).</summary>
    SetLocale,
}
