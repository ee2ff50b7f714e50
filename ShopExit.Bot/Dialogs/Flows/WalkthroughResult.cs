



namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>What a walkthrough asks the main dialog to do when it ends.</summary>
/// <param name="NextFlow">A walkthrough to begin next (closure offers the deposit refund).</param>
/// <param name="ResumePaused">Restore the paused walkthrough.</param>
/// <param name="Ticket">Nobody could take the conversation: take a ticket instead.</param>
public sealed record WalkthroughResult(string? NextFlow = null, bool ResumePaused = false, TicketRequest? Ticket = null);
