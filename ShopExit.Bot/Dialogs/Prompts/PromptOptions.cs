using ShopExit.Bot.Activities;
using ShopExit.Bot.Dialogs.Choices;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>What a prompt asks (Bot Builder's <c>PromptOptions</c>). Stored in the prompt's state.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of the question after a reply the prompt did not understand.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }
}
