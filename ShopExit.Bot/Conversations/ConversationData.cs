using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Everything the bot remembers about one conversation between turns: the dialog stack, the
/// mode, the merchant's language and platform. Saved at the end of every turn.
/// </summary>
public sealed class ConversationData
{
    /// <summary>Who answers.</summary>
    public ConversationMode Mode { get; set; } = ConversationMode.Bot;

    /// <summary>The dialog stack, active dialog first.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>The merchant's language: <c>zh-CN</c> or <c>en</c>.</summary>
    public string Locale { get; set; } = "zh-CN";

    /// <summary>The merchant's platform, once known.</summary>
    public Platform? Platform { get; set; }

    /// <summary>Fallbacks in a row; two make the bot offer a human.</summary>
    public int ConsecutiveFallbacks { get; set; }

    /// <summary>The FAQ entries shown in this conversation, each once, the one shown last at the end (at most 20).</summary>
    public List<ShownAnswer> ShownAnswers { get; set; } = [];

    /// <summary>A walkthrough the merchant paused, to resume later.</summary>
    public DialogInstance? PausedWalkthrough { get; set; }

    /// <summary>The reason of the human the bot last offered (the 转人工 button), if any.</summary>
    public EscalationReason? OfferedHumanFor { get; set; }

    /// <summary>The buttons under the bot's last message (so a typed title or a yes can answer them).</summary>
    public List<Button> Buttons { get; set; } = [];

    /// <summary>The button value a plain yes to the bot's last message accepts, if it proposed one thing.</summary>
    public string? Offer { get; set; }

    /// <summary>Whether the bot's last message proposed several things to choose from (followups), so a yes asks which and a no declines.</summary>
    public bool OfferedChoices { get; set; }

    /// <summary>The locale the merchant's client last reported (Web Chat sends its page's locale).</summary>
    public string? ClientLocale { get; set; }

    /// <summary>
    /// The number of the ticket the merchant left that nobody has taken yet (T7K3QZP): what the
    /// merchant writes next can add to it, and a second request for a human does not open another.
    /// </summary>
    public string? OpenTicket { get; set; }

    /// <summary>The merchant's user id, from the token.</summary>
    public string? UserId { get; set; }

    /// <summary>
    /// Remembers a shown answer, keeping the list short. An entry shown again moves to the end
    /// with its new score: an agent reads what the bot showed, not how often (and the state, saved
    /// after every turn, does not fill up with copies).
    /// </summary>
    public void RememberShown(string id, double score)
    {
        ShownAnswers.RemoveAll(a => a.Id == id);
        ShownAnswers.Add(new ShownAnswer(id, score));
        if (ShownAnswers.Count > 20)
        {
            ShownAnswers.RemoveAt(0);
        }
    }
}
