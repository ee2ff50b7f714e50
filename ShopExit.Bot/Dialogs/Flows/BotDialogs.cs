using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>The dialogs of the merchant's conversation, as one set (used by the host and by dialog tests).</summary>
public static class BotDialogs
{
    /// <summary>Creates the set: the main router, the dialogs around it, and any walkthrough by its <c>flow:</c> id.</summary>
    public static DialogSet Create() => new DialogSet()
        .Add(new MainDialog())
        .Add(new ResumeOfferDialog())
        .Add(new TicketDialog())
        .Add(new RatingDialog())
        .AddFactory(id => id.StartsWith(FaqEntry.FlowPrefix, StringComparison.Ordinal) ? new FlowDialog(id) : null);
}
