




namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>The dialogs of the merchant's conversation, as one set (used by the host and by dialog tests).</summary>
public static class BotDialogs
{
    /// <summary>Creates the set: the main router and the walkthroughs.</summary>
    public static DialogSet Create() => new DialogSet()
        .Add(new MainDialog())
        .Add(new ClosureDialog())
        .Add(new DepositRefundDialog())
        .Add(new ResumeOfferDialog())
        .Add(new TicketDialog())
        .Add(new RatingDialog());
}
