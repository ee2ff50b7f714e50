using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// The dialogs ask for the conversation to go into the agents' queue (live) or to leave a ticket.
/// <see cref="HandoffDeskMiddleware"/> turns the request into the handoff itself (<see cref="HandoffOpened"/>)
/// and its <c>handoff.initiate</c> event before the turn commits.
/// </summary>
/// <param name="Kind">Live chat or a ticket.</param>
/// <param name="Reason">Why.</param>
/// <param name="Walkthrough">Where the merchant was in a walkthrough.</param>
/// <param name="Contact">For a ticket: how to reach the merchant.</param>
/// <param name="Description">For a ticket: what they need.</param>
/// <param name="TicketNumber">For a ticket: the number the merchant was given (T7K3QZP).</param>
public sealed record EnqueueHandoff(HandoffKind Kind, EscalationReason Reason, WalkthroughSnapshot? Walkthrough, string? Contact = null, string? Description = null, string? TicketNumber = null) : ITurnEffect;
