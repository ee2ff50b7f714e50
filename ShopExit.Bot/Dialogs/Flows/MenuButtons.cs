using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>The main menu's buttons, titled in the merchant's language, with values that are not.</summary>
public static class MenuButtons
{
    /// <summary>店铺注销 / 保证金退款 / 常见问题 / 转人工.</summary>
    public static IReadOnlyList<Button> All(TurnContext turn) => [Closure(turn), Deposit(turn), Faq(turn), Human(turn)];

    /// <summary>The menu without the human (when the bot has not failed the merchant yet).</summary>
    public static IReadOnlyList<Button> Services(TurnContext turn) => [Closure(turn), Deposit(turn), Faq(turn)];

    /// <summary>The closure walkthrough.</summary>
    public static Button Closure(TurnContext turn) => turn.Texts.Button(TextKeys.MenuClosure, ButtonValues.Entry(DialogIds.Closure));

    /// <summary>The deposit-refund walkthrough.</summary>
    public static Button Deposit(TurnContext turn) => turn.Texts.Button(TextKeys.MenuDeposit, ButtonValues.Entry(DialogIds.DepositRefund));

    /// <summary>The common-questions menu.</summary>
    public static Button Faq(TurnContext turn) => turn.Texts.Button(TextKeys.MenuFaq, ButtonValues.FaqMenu);

    /// <summary>A human agent.</summary>
    public static Button Human(TurnContext turn) => turn.Texts.Button(TextKeys.MenuHuman, ButtonValues.Entry(FaqEntry.EscalateId));

    /// <summary>
    /// The button value a typed menu title stands for (店铺注销, "Close my shop", 转人工 …, in
    /// either language, any case), or null.
    /// </summary>
    public static string? ValueOfTitle(TurnContext turn, string? text)
    {
        var typed = text?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }

        foreach (var (key, value) in new[]
        {
            (TextKeys.MenuClosure, ButtonValues.Entry(DialogIds.Closure)),
            (TextKeys.MenuDeposit, ButtonValues.Entry(DialogIds.DepositRefund)),
            (TextKeys.MenuFaq, ButtonValues.FaqMenu),
            (TextKeys.MenuHuman, ButtonValues.Entry(FaqEntry.EscalateId)),
            (TextKeys.ClarifyNone, ButtonValues.ClarifyNone),
        })
        {
            if (turn.Texts.AllVariants(key).Any(title => string.Equals(title, typed, StringComparison.OrdinalIgnoreCase)))
            {
                return value;
            }
        }

        return null;
    }
}
