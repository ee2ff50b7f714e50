using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The end of the turn pipeline: the dialogs. Welcome on conversationUpdate; for a message, follow
/// the merchant's language and run the dialogs (main router at the bottom of the stack); after an
/// agent resolved the conversation, ask for a rating. A stack naming a dialog this deployment does
/// not have is reset politely, and any error inside the dialogs is apologised for once and resets
/// them, so one bad turn never leaves a merchant stuck.
/// </summary>
public sealed class DialogBot(DialogSet dialogs, ILogger<DialogBot> logger) : IBot
{
    /// <summary>Creates the bot on the shipped dialogs.</summary>
    public DialogBot(ILogger<DialogBot> logger)
        : this(BotDialogs.Create(), logger)
    {
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await OnActivityAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Unhandled error in a turn of conversation {ConversationId}; resetting its dialogs", turn.ConversationId);
            turn.Data.DialogStack.Clear();
            turn.Data.PausedWalkthrough = null;
            turn.Effects.Clear();
            turn.DiscardReplies();
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = turn.Texts.Get(TextKeys.ErrorApology) }, cancellationToken);
        }
    }

    private async Task OnActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            if (activity.MembersAdded?.Any(m => m.Role != RoleTypes.Bot) == true)
            {
                await MainDialog.SendWelcomeAsync(turn, cancellationToken);
            }

            return;
        }

        if (TurnActivities.HandoffState(activity) == "completed")
        {
            // The desk has given the conversation back (HandoffRoutingMiddleware said so): ask for a rating;
            // a walkthrough left on the stack continues after it.
            var dc = new DialogContext(dialogs, turn, turn.Data.DialogStack);
            if (dc.Stack.Count == 0)
            {
                await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
            }

            await dc.BeginDialogAsync(DialogIds.Rating, null, cancellationToken);
            return;
        }

        if (TurnActivities.IsLocaleSet(activity))
        {
            await OnLocaleChangedAsync(turn, cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        if (turn.Data.Mode != ConversationMode.Bot)
        {
            // An agent has the conversation (HandoffRoutingMiddleware stops such turns before they get here).
            return;
        }

        ConversationLanguage.Follow(turn.Data, activity, turn.Analysis);

        try
        {
            await RunDialogsAsync(turn, cancellationToken);
        }
        catch (UnknownDialogException ex)
        {
            logger.LogWarning("Conversation {ConversationId} had unknown dialog '{DialogId}' on its stack; resetting it", activity.Conversation?.Id, ex.DialogId);
            turn.Data.DialogStack.Clear();
            turn.Data.PausedWalkthrough = null;
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.ResetAfterUpgrade), cancellationToken);
        }
    }

    // The page's zh/EN switch: the bot answers in the new language at once and asks the waiting
    // question again in it (a walkthrough step is asked anew, so its buttons change language too).
    private async Task OnLocaleChangedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value is { ValueKind: System.Text.Json.JsonValueKind.String } v ? v.GetString() : turn.Activity.Locale;
        // Nothing to do only when both the page and the conversation already speak it.
        if (ConversationLanguage.FromLocale(value) is not { } locale || (locale == turn.Data.Locale && locale == turn.Data.ClientLocale))
        {
            return;
        }

        turn.Data.Locale = locale;
        turn.Data.ClientLocale = locale;
        if (turn.Data.Mode != ConversationMode.Bot)
        {
            return;
        }

        await turn.SendTextAsync(turn.Texts.Get(TextKeys.LanguageSwitched), cancellationToken);
        if (turn.Data.DialogStack.Count == 0 || turn.Data.DialogStack[0].Id == DialogIds.Main)
        {
            await MainDialog.SendWelcomeAsync(turn, cancellationToken);
            return;
        }

        // The walkthrough sees the event and asks its current step anew, in the new language.
        await RunDialogsAsync(turn, cancellationToken);
    }

    private async Task RunDialogsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(dialogs, turn, turn.Data.DialogStack);
        if (dc.ActiveDialog is null || dc.Stack[^1].Id != DialogIds.Main)
        {
            dc.Stack.Clear();
            await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
        }

        await dc.ContinueDialogAsync(cancellationToken);
    }
}
