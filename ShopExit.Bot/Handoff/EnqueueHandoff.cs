using ShopExit.Bot.Dialogs.Flows;

namespace ShopExit.Bot.Handoff;

/// <summary>Put the conversation in the agents' queue (live) or leave a ticket.</summary>
/// <param name="Kind">live or ticket.</param>
/// <param name="Reason">Why.</param>
/// <param name="Walkthrough">Where the merchant was in a walkthrough.</param>
/// <param name="Contact">For a ticket: how to reach the merchant.</param>
/// <param name="Description">For a ticket: what they need.</param>
public sealed record EnqueueHandoff(string Kind, EscalationReason Reason, WalkthroughSnapshot? Walkthrough, string? Contact = null, string? Description = null);
