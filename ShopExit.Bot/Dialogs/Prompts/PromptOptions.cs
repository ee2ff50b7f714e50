using ShopExit.Bot.Activities;
using ShopExit.Bot.Dialogs.Choices;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>What a prompt asks (Bot Builder's <c>PromptOptions</c>). Stored in the prompt's state.</summary>
public sealed class PromptOptions
{
    /// <summary>A stable name of the question (the text key of a walkthrough step), for tests and agents.</summary>
    public string? Name { get; set; }

    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of the question after a reply the prompt did not understand (when there is no hint for that attempt).</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>
    /// What to say after each reply the prompt did not understand, in order: the first miss gets
    /// the first hint, and so on; past the end the last hint is used. Short hints that name the
    /// replies the prompt understands, so the question is not repeated unchanged.
    /// </summary>
    public List<Activity>? Hints { get; set; }

    /// <summary>
    /// For a <see cref="ConfirmPrompt"/> with its own 是/否-like buttons: the question asks about a
    /// state (被封禁了吗？), so a reply that reports something done (处理完了) is no yes.
    /// </summary>
    public bool AsksAboutAState { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/> (or the two custom buttons of a <see cref="ConfirmPrompt"/>).</summary>
    public List<Choice>? Choices { get; set; }
}
