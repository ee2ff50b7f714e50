using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// After an agent resolves the conversation: asks for a 1–5 rating once. A reply that is not a
/// rating is not argued with: the dialog ends and the reply goes to the main router as usual.
/// </summary>
public sealed class RatingDialog() : Dialog(DialogIds.Rating)
{
    private static readonly Choice[] Ratings =
    [
        new("1", ["1分", "一分", "很差", "非常不满意"], "1 ⭐"),
        new("2", ["2分", "两分", "二分", "差", "不满意"], "2 ⭐⭐"),
        new("3", ["3分", "三分", "一般"], "3 ⭐⭐⭐"),
        new("4", ["4分", "四分", "满意", "还行"], "4 ⭐⭐⭐⭐"),
        new("5", ["5分", "五分", "很好", "非常满意", "非常好"], "5 ⭐⭐⭐⭐⭐"),
    ];

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = dc.Context.Texts.Get(TextKeys.RatingAsk),
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions { Actions = Ratings.Select(r => CardAction.MessageBack(r.Display, ButtonValues.Choice(r.Value))).ToList() },
        }, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var clicked = ButtonValues.ChoiceOf(ButtonValues.Of(dc.Context.Activity));
        var found = Array.FindIndex(Ratings, r => r.Value == clicked) is >= 0 and var index
            ? new FoundChoice(clicked!, index, 1.0)
            : ChoiceRecognizer.Recognize(dc.Context.Activity.Text, Ratings);
        await dc.EndDialogAsync(null, cancellationToken);
        if (found is null)
        {
            return await dc.ContinueDialogAsync(cancellationToken);
        }

        dc.Context.Effects.Add(new RateHandoff(found.Index + 1));
        await dc.Context.SendTextAsync(dc.Context.Texts.Get(TextKeys.RatingThanks), cancellationToken);
        return EndOfTurn;
    }
}
