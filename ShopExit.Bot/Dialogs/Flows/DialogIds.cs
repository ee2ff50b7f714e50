using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Dialog ids. They are stored on every conversation's stack: renaming one strands stored
/// conversations (they are reset politely). The walkthroughs use their FAQ entry ids, so a
/// matched <c>flow:closure</c> begins the dialog of the same name.
/// </summary>
public static class DialogIds
{
    /// <summary>The root router.</summary>
    public const string Main = "main";

    /// <summary>The closure walkthrough.</summary>
    public const string Closure = FaqEntry.FlowPrefix + "closure";

    /// <summary>The deposit-refund walkthrough.</summary>
    public const string DepositRefund = FaqEntry.FlowPrefix + "deposit-refund";

    /// <summary>Asks whether to resume a paused walkthrough.</summary>
    public const string ResumeOffer = "resume-offer";

    /// <summary>Takes a ticket when no agent can be reached.</summary>
    public const string Ticket = "ticket";

    /// <summary>Asks for a rating after an agent resolved the conversation.</summary>
    public const string Rating = "rating";

    /// <summary>Free-text prompt.</summary>
    public const string Text = "text";

    /// <summary>Yes/no prompt.</summary>
    public const string Confirm = "confirm";

    /// <summary>Choice prompt.</summary>
    public const string Choice = "choice";

    /// <summary>The inner waterfall of a code dialog (the ticket, the resume offer).</summary>
    public const string Steps = "steps";

    /// <summary>The steps of a content walkthrough (<see cref="FlowStepsDialog"/>).</summary>
    public const string FlowSteps = "flow-steps";
}
