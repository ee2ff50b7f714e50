using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// After an agent resolves the conversation: asks for a 1–5 rating. A click, a digit, 五星, 非常满意
/// or "very satisfied" is a rating (<see cref="RatingRecognizer"/>; what follows it is its comment),
/// stored with the handoff; the thanks comes first, then a walkthrough left underneath goes on. A
/// reply that is no rating is asked about once more, unless it is a question; then it goes to the
/// main router as usual, unargued.
/// </summary>
public sealed class RatingDialog() : Dialog(DialogIds.Rating)
{
    private const string AskedAgainKey = "askedAgain";

    private static readonly string[] Titles = ["1 ⭐", "2 ⭐⭐", "3 ⭐⭐⭐", "4 ⭐⭐⭐⭐", "5 ⭐⭐⭐⭐⭐"];

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await AskAsync(dc.Context, TextKeys.RatingAsk, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var clicked = ButtonValues.ChoiceOf(ButtonValues.Of(turn.Activity));
        var rating = int.TryParse(clicked, out var value) && value is >= 1 and <= 5 ? (value, null) : RatingRecognizer.Read(turn.Activity.Text);
        if (rating is not { } given)
        {
            // One more ask for a reply that says nothing (嗯, ?); a question, or a second miss, is let go.
            var askedAgain = dc.ActiveDialog!.State[AskedAgainKey]?.GetValue<bool>() == true;
            if (!askedAgain && !QuestionCues.Asks(turn.Activity.Text) && TextNormalizer.Normalize(turn.Activity.Text).Length <= 8)
            {
                dc.ActiveDialog.State[AskedAgainKey] = true;
                await AskAsync(turn, TextKeys.RatingAgain, cancellationToken);
                return EndOfTurn;
            }

            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.ContinueDialogAsync(cancellationToken);
        }

        turn.Effects.Add(new RateHandoff(given.Rating, given.Comment));
        // The thanks first: a walkthrough left underneath asks its step after it (the step's buttons stay last).
        var resumes = dc.Stack.Count > 1 && dc.Stack[1].Id != DialogIds.Main;
        await turn.SendTextAsync(turn.Texts.Get(resumes ? TextKeys.RatingThanksResume : TextKeys.RatingThanks), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static Task AskAsync(TurnContext turn, string textKey, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = turn.Texts.Get(textKey),
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions { Actions = Titles.Select((title, i) => CardAction.MessageBack(title, ButtonValues.Choice((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList() },
        }, cancellationToken);
}
