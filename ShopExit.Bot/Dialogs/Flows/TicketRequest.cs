using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>Why a ticket is taken, and where the merchant was.</summary>
/// <param name="Reason">The escalation reason.</param>
/// <param name="Walkthrough">The walkthrough state, if the request came from one.</param>
public sealed record TicketRequest(EscalationReason Reason, WalkthroughSnapshot? Walkthrough);
