using ShopExit.Bot.Activities;
using ShopExit.Bot.Dialogs;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// What the bot does with one activity: welcome on conversationUpdate; for a message, follow the
/// merchant's language and run the dialogs (main router at the bottom of the stack). A stack
/// naming a dialog this deployment does not have is reset politely.
/// </summary>
public sealed class ConversationBot(DialogSet dialogs, ILogger<ConversationBot> logger)
{

    /// <summary>Runs the turn; replies collect in <paramref name="turn"/>.</summary>
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
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

        if (TurnActivities.IsHandoffStatus(activity))
        {
            await OnHandoffStatusAsync(turn, cancellationToken);
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

        if (turn.Data.Mode == ConversationMode.WaitingForAgent && WalkthroughCommands.Recognize(activity.Text) == WalkthroughCommand.Cancel)
        {
            turn.Data.Mode = ConversationMode.Bot;
            turn.Effects.Add(new CancelHandoff());
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffCancelled), cancellationToken);
            return;
        }

        if (turn.Data.Mode != ConversationMode.Bot)
        {
            // While the conversation waits for or belongs to an agent, the bot stays silent:
            // the message is in the transcript and the handoff desk relays it to the agent.
            return;
        }

        ConversationLanguage.Follow(turn.Data, activity);

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

    // An agent accepted (the merchant is told who joined) or resolved (the bot takes over again,
    // says so, and asks for a rating; a walkthrough left on the stack continues after it).
    private async Task OnHandoffStatusAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = turn.Activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value && value.TryGetProperty("state", out var s) ? s.GetString() : null;
        var agent = turn.Activity.From?.Name ?? string.Empty;
        switch (state)
        {
            case "accepted":
                turn.Data.Mode = ConversationMode.WithAgent;
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffAccepted, ("agent", agent)), cancellationToken);
                break;
            case "transferred":
                await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffTransferred, ("agent", agent)), cancellationToken);
                break;
            case "completed":
            case "failed":
                turn.Data.Mode = ConversationMode.Bot;
                await turn.SendTextAsync(turn.Texts.Get(state == "completed" ? TextKeys.HandoffCompleted : TextKeys.HandoffFailed), cancellationToken);
                if (state == "completed")
                {
                    var dc = new DialogContext(dialogs, turn, turn.Data.DialogStack);
                    if (dc.Stack.Count == 0)
                    {
                        await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
                    }

                    await dc.BeginDialogAsync(DialogIds.Rating, null, cancellationToken);
                }

                break;
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
