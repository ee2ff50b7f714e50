using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Dialogs;
using ShopExit.Bot.Dialogs.Flows;
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

        if (activity.Type != ActivityTypes.Message || turn.Data.Mode != ConversationMode.Bot)
        {
            // While an agent owns the conversation the bot stays silent (the handoff relays).
            return;
        }

        if (LanguageDetector.Detect(activity.Text) is { } language)
        {
            turn.Data.Locale = language;
        }

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
