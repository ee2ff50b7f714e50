using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Shows an FAQ answer: the platform's variant in the merchant's language, with its followups as
/// buttons (and 转人工 for an answer marked <c>escalate</c>). When the answer offers one thing, a
/// plain yes (要, 好的, yes) accepts it (for an answer marked escalate, the human); when it offers
/// several, a yes asks which one.
/// </summary>
public static class FaqAnswer
{
    /// <summary>Sends <paramref name="entry"/>'s answer.</summary>
    public static async Task SendAsync(TurnContext turn, FaqEntry entry, double score, CancellationToken cancellationToken)
    {
        turn.Data.ConsecutiveFallbacks = 0;
        turn.Data.RememberShown(entry.Id, score);
        var buttons = entry.Followups.Select(turn.Texts.EntryButton).OfType<Button>().ToList();
        if (entry.Escalate && buttons.All(b => b.Value != ButtonValues.Entry(FaqEntry.EscalateId)))
        {
            buttons.Add(MenuButtons.Human(turn));
        }

        await turn.SendTextAsync(entry.AnswerFor(turn.Data.Platform).For(turn.Data.Locale).Trim(), buttons, cancellationToken);
        // An answer marked escalate ends by offering a human: that is what a plain yes accepts.
        if (entry.Escalate || buttons.Count == 1)
        {
            turn.OfferYes(entry.Escalate ? ButtonValues.Entry(FaqEntry.EscalateId) : buttons[0].Value);
        }
        else if (buttons.Count > 1)
        {
            turn.OfferChoices();
        }
    }
}
