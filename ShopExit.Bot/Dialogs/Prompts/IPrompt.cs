using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>
/// What a walkthrough asks of the prompt waiting on its stack, whatever the prompt's value type:
/// how it reads the message, and to treat the message as not understood when the walkthrough
/// knows better (a sentence that merely starts with 已经 is not an answer).
/// </summary>
public interface IPrompt
{
    /// <summary>How the prompt reads the turn's message, without acting on it.</summary>
    PromptReading Read(TurnContext context, PromptOptions options);

    /// <summary>Counts the message as one the prompt did not understand and says the hint for it.</summary>
    Task<DialogTurnResult> RejectAsync(DialogContext dc, CancellationToken cancellationToken);
}
