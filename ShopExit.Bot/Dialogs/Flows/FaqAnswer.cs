using ShopExit.Bot.Conversations;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>Shows an FAQ answer: the platform's variant in the merchant's language, with its followups as buttons.</summary>
public static class FaqAnswer
{
    /// <summary>Sends <paramref name="entry"/>'s answer.</summary>
    public static Task SendAsync(TurnContext turn, FaqEntry entry, double score, CancellationToken cancellationToken)
    {
        turn.Data.ConsecutiveFallbacks = 0;
        turn.Data.RememberShown(entry.Id, score);
        var buttons = entry.Followups
            .Select(id => turn.Knowledge.Find(id)?.TitleFor(turn.Data.Locale))
            .OfType<string>()
            .ToList();
        if (entry.Escalate)
        {
            buttons.Add(turn.Texts.Get(TextKeys.MenuHuman));
        }

        return turn.SendTextAsync(entry.AnswerFor(turn.Data.Platform).For(turn.Data.Locale).Trim(), buttons, cancellationToken);
    }
}
