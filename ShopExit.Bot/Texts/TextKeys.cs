using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Texts;

/// <summary>
/// The keys of the bot's own sentences (faq/bot/*.yaml). Content missing any of them is refused
/// at load, by <c>faq check</c> and by the running bot alike.
/// </summary>
public static class TextKeys
{
    /// <summary>The welcome when a conversation starts.</summary>
    public const string Welcome = "welcome";
    /// <summary>Menu button: start the closure walkthrough.</summary>
    public const string MenuClosure = "menu.closure";
    /// <summary>Menu button: start the deposit-refund walkthrough.</summary>
    public const string MenuDeposit = "menu.deposit";
    /// <summary>Menu button: show common questions.</summary>
    public const string MenuFaq = "menu.faq";
    /// <summary>Menu button: ask for a human.</summary>
    public const string MenuHuman = "menu.human";
    /// <summary>The common-questions menu (its buttons are entry ids).</summary>
    public const string FaqMenu = "faq.menu";
    /// <summary>您是想问…?</summary>
    public const string Clarify = "clarify";
    /// <summary>The "none of these" button of a clarify question.</summary>
    public const string ClarifyNone = "clarify.none";
    /// <summary>The reply after "none of these" under a clarify question.</summary>
    public const string ClarifyNoneReply = "clarify.none-reply";
    /// <summary>A content-free message with nothing to answer: ask what the merchant needs (with the menu).</summary>
    public const string MenuAsk = "menu.ask";
    /// <summary>A yes to a message that offered several things: which one?</summary>
    public const string OfferWhich = "offer.which";
    /// <summary>A no to what the bot offered.</summary>
    public const string OfferDeclined = "offer.declined";
    /// <summary>Before the answers to a message that asked several things ({count}).</summary>
    public const string SeveralQuestions = "several.intro";
    /// <summary>The message named only a platform ({platform}): noted, and what does the merchant need?</summary>
    public const string PlatformNoted = "platform.noted";
    /// <summary>The conversation's language was switched (the page's language switch).</summary>
    public const string LanguageSwitched = "language.switched";
    /// <summary>The first reply a walkthrough question did not understand ({options}: the replies it does).</summary>
    public const string PromptHint = "prompt.hint";
    /// <summary>The second: the hint with a human offered.</summary>
    public const string PromptHintHuman = "prompt.hint-human";
    /// <summary>The third: a way out (pause, a human).</summary>
    public const string PromptStuck = "prompt.stuck";
    /// <summary>The merchant is not sure how to answer a walkthrough question.</summary>
    public const string Unsure = "walkthrough.unsure";
    /// <summary>A question in the middle of a walkthrough that the FAQ does not answer.</summary>
    public const string QuestionUnknown = "walkthrough.question-unknown";
    /// <summary>The walkthrough was paused after too many replies it did not understand ({flow}).</summary>
    public const string AutoPaused = "walkthrough.auto-paused";
    /// <summary>The bot did not understand.</summary>
    public const string Fallback = "fallback";
    /// <summary>The second fallback in a row: offer a human.</summary>
    public const string FallbackOfferHuman = "fallback.offer-human";
    /// <summary>An unexpected error: apologise once; the conversation starts over.</summary>
    public const string ErrorApology = "error.apology";
    /// <summary>The stored dialog no longer exists (after an upgrade): start over politely.</summary>
    public const string ResetAfterUpgrade = "reset.upgrade";
    /// <summary>Prefix before a walkthrough question asked again after an interruption.</summary>
    public const string ResumePrefix = "walkthrough.resume";
    /// <summary>Prefix before the question of a saved walkthrough taken up again ({flow}: its name).</summary>
    public const string ResumeSaved = "walkthrough.resume-saved";
    /// <summary>The walkthrough was cancelled.</summary>
    public const string Cancelled = "walkthrough.cancelled";
    /// <summary>The walkthrough starts again from the top.</summary>
    public const string Restarted = "walkthrough.restarted";
    /// <summary>上一步 on the first step.</summary>
    public const string BackAtFirst = "walkthrough.back-first";
    /// <summary>The walkthrough was paused.</summary>
    public const string Paused = "walkthrough.paused";
    /// <summary>Offer to resume a paused walkthrough ({flow}).</summary>
    public const string ResumeOffer = "walkthrough.resume-offer";
    /// <summary>上一步 / 重新开始 / 暂停 with no walkthrough in progress.</summary>
    public const string NoneInProgress = "walkthrough.none-in-progress";
    /// <summary>继续 with nothing paused.</summary>
    public const string NothingPaused = "walkthrough.nothing-paused";
    /// <summary>Another walkthrough was asked for during one ({current}, {other}).</summary>
    public const string OtherFlow = "walkthrough.other-flow";
    /// <summary>What the merchant can say during a walkthrough.</summary>
    public const string Hint = "walkthrough.hint";
    /// <summary>Button: resume.</summary>
    public const string ResumeButton = "walkthrough.resume-button";
    /// <summary>Button: start over.</summary>
    public const string RestartButton = "walkthrough.restart-button";
    /// <summary>Button: done.</summary>
    public const string DoneButton = "walkthrough.done-button";
    /// <summary>Button: not yet.</summary>
    public const string NotYetButton = "walkthrough.not-yet-button";
    /// <summary>Button: pause.</summary>
    public const string PauseButton = "walkthrough.pause-button";
    /// <summary>Summary line of a done item ({item}).</summary>
    public const string SummaryDone = "summary.done";
    /// <summary>Summary line of an open item ({item}).</summary>
    public const string SummaryTodo = "summary.todo";
    /// <summary>Which platform is the shop on?</summary>
    public const string AskPlatform = "platform.ask";

    /// <summary>要把平台改成{platform}吗？ (a platform named in the middle of a walkthrough).</summary>
    public const string PlatformChangeAsk = "platform.change-ask";

    /// <summary>The platform the walkthrough is already for was named: 好的，我们就按{platform}来办。</summary>
    public const string PlatformSame = "platform.same";

    /// <summary>好的，平台已改为{platform}。</summary>
    public const string PlatformChanged = "platform.changed";

    /// <summary>⛔ line of a walkthrough summary ({item}).</summary>
    public const string SummaryBlocked = "summary.blocked";

    /// <summary>Under a blocker: 处理好后点「已处理好，继续」… (with the two buttons).</summary>
    public const string BlockerAsk = "walkthrough.blocker-ask";

    /// <summary>已处理好，继续.</summary>
    public const string BlockerResolvedButton = "walkthrough.blocker-resolved";

    /// <summary>稍后再来.</summary>
    public const string BlockerLaterButton = "walkthrough.blocker-later";

    /// <summary>Another walkthrough asked for in the middle: 要先去办理{other}吗？ ({current}, {other}).</summary>
    public const string SwitchAsk = "walkthrough.switch-ask";

    /// <summary>先办理{other}.</summary>
    public const string SwitchGoButton = "walkthrough.switch-go";

    /// <summary>继续{current}.</summary>
    public const string SwitchStayButton = "walkthrough.switch-stay";

    /// <summary>What a walkthrough whose file says nothing at its end says.</summary>
    public const string WalkthroughEnd = "walkthrough.end";
    /// <summary>Platform names, by platform (platform.douyin, ...).</summary>
    public const string PlatformPrefix = "platform.";

    /// <summary>The text key of a platform's name (platform.kuaishou).</summary>
    public static string PlatformName(Platform platform) => PlatformPrefix + platform.ToString().ToLowerInvariant();
    /// <summary>No agent can take the conversation now (out of hours or nobody online).</summary>
    public const string HandoffUnavailable = "handoff.unavailable";
    /// <summary>The queue position ({position}), sent when a live handoff is queued.</summary>
    public const string HandoffQueued = "handoff.queued";
    /// <summary>A new queue position while waiting ({position}).</summary>
    public const string HandoffPosition = "handoff.position";
    /// <summary>An agent joined ({agent}).</summary>
    public const string HandoffAccepted = "handoff.accepted";
    /// <summary>The agent is done; the bot is back.</summary>
    public const string HandoffCompleted = "handoff.completed";
    /// <summary>A handoff was lost (the process stopped while queueing it): the bot takes over again.</summary>
    public const string HandoffFailed = "handoff.failed";
    /// <summary>The merchant went back to the bot while waiting.</summary>
    public const string HandoffCancelled = "handoff.cancelled";
    /// <summary>Transferred to another agent ({agent}).</summary>
    public const string HandoffTransferred = "handoff.transferred";
    /// <summary>The merchant seems upset: offer a human.</summary>
    public const string OfferHuman = "handoff.offer";
    /// <summary>The ticket's name (for walkthrough commands).</summary>
    public const string TicketName = "ticket.name";
    /// <summary>The merchant left no message after all.</summary>
    public const string TicketCancelled = "ticket.cancelled";
    /// <summary>Ask for a contact.</summary>
    public const string TicketContact = "ticket.contact";
    /// <summary>The reply was no contact (没有, 好的): what a contact is, and how to skip.</summary>
    public const string TicketContactHint = "ticket.contact-hint";
    /// <summary>Ask for a description.</summary>
    public const string TicketDescription = "ticket.description";
    /// <summary>The reply was no description: ask again, and how to skip.</summary>
    public const string TicketDescriptionHint = "ticket.description-hint";
    /// <summary>The ticket is in the queue.</summary>
    public const string TicketCreated = "ticket.created";
    /// <summary>The ticket before it is filed: contact and description, to submit or correct ({contact}, {description}).</summary>
    public const string TicketSummary = "ticket.summary";
    /// <summary>The reply at the summary was none of its choices.</summary>
    public const string TicketSummaryHint = "ticket.summary-hint";
    /// <summary>The summary's 提交留言 button.</summary>
    public const string TicketSubmitButton = "ticket.submit-button";
    /// <summary>The summary's 修改联系方式 button.</summary>
    public const string TicketEditContactButton = "ticket.edit-contact-button";
    /// <summary>The summary's 修改问题描述 button.</summary>
    public const string TicketEditDescriptionButton = "ticket.edit-description-button";
    /// <summary>Another request for a human while a ticket is open ({number}).</summary>
    public const string TicketAlreadyOpen = "ticket.already-open";
    /// <summary>A later message was added to the open ticket ({number}).</summary>
    public const string TicketAdded = "ticket.added";
    /// <summary>A later message with a new contact was added to the open ticket ({number}, {contact}).</summary>
    public const string TicketContactAdded = "ticket.contact-added";
    /// <summary>An agent took the ticket and the chat is theirs now ({agent}, {number}).</summary>
    public const string TicketAccepted = "ticket.accepted";
    /// <summary>An agent closed the ticket without writing in the chat ({number}).</summary>
    public const string TicketClosed = "ticket.closed";
    /// <summary>The merchant left while waiting: the chat is closed.</summary>
    public const string HandoffAbandoned = "handoff.abandoned";
    /// <summary>The merchant left while waiting, having written a contact: the chat is a ticket now ({number}, {contact}).</summary>
    public const string HandoffAbandonedTicket = "handoff.abandoned-ticket";
    /// <summary>Agents are there around the clock (the answer to 客服几点上班).</summary>
    public const string SupportAlways = "support.always";
    /// <summary>Someone can take the conversation now (after the hours).</summary>
    public const string SupportAvailableNow = "support.available-now";
    /// <summary>Nobody can take the conversation now (after the hours).</summary>
    public const string SupportUnavailableNow = "support.unavailable-now";
    /// <summary>The merchant's open ticket will be followed up (after the hours; {number}).</summary>
    public const string SupportTicketOpen = "support.ticket-open";
    /// <summary>Ask for a 1–5 rating.</summary>
    public const string RatingAsk = "rating.ask";

    /// <summary>When agents work, for a merchant who leaves a message ({hours}, {zone}).</summary>
    public const string TicketHours = "ticket.hours";

    /// <summary>北京时间 / Beijing time.</summary>
    public const string TicketBeijingTime = "ticket.beijing-time";
    /// <summary>Thanks for the rating.</summary>
    public const string RatingThanks = "rating.thanks";

    /// <summary>The thanks when a walkthrough goes on after it (感谢您的评价！我们接着刚才的办理：).</summary>
    public const string RatingThanksResume = "rating.thanks-resume";

    /// <summary>The rating asked once more, after a reply that was none.</summary>
    public const string RatingAgain = "rating.again";

    /// <summary>Every key the bot uses.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Welcome, MenuClosure, MenuDeposit, MenuFaq, MenuHuman, FaqMenu, Clarify, ClarifyNone, ClarifyNoneReply, MenuAsk, OfferWhich,
        OfferDeclined, SeveralQuestions, PlatformNoted, LanguageSwitched, PromptHint, PromptHintHuman, PromptStuck, Unsure, QuestionUnknown, AutoPaused, Fallback, FallbackOfferHuman,
        ErrorApology, ResetAfterUpgrade, ResumePrefix, ResumeSaved, Cancelled, Restarted, BackAtFirst, Paused, ResumeOffer, NothingPaused, NoneInProgress,
        OtherFlow, Hint, ResumeButton, RestartButton, DoneButton, NotYetButton, PauseButton, SummaryDone, SummaryTodo, AskPlatform,
        PlatformPrefix + "douyin", PlatformPrefix + "kuaishou", PlatformPrefix + "taobao", PlatformPrefix + "pinduoduo", PlatformPrefix + "generic",
        PlatformChanged, PlatformChangeAsk, PlatformSame, SwitchAsk, SwitchGoButton, SwitchStayButton, WalkthroughEnd, SummaryBlocked, BlockerAsk, BlockerResolvedButton, BlockerLaterButton, HandoffUnavailable, HandoffQueued, HandoffPosition, HandoffAccepted, HandoffCompleted, HandoffFailed,
        HandoffCancelled, HandoffTransferred, OfferHuman, TicketName, TicketCancelled, TicketContact, TicketContactHint, TicketDescription, TicketDescriptionHint, TicketCreated, TicketHours, TicketBeijingTime,
        TicketSummary, TicketSummaryHint, TicketSubmitButton, TicketEditContactButton, TicketEditDescriptionButton, TicketAlreadyOpen, TicketAdded, TicketContactAdded, TicketAccepted, TicketClosed,
        HandoffAbandoned, HandoffAbandonedTicket, SupportAlways, SupportAvailableNow, SupportUnavailableNow, SupportTicketOpen, RatingAsk, RatingThanks, RatingThanksResume, RatingAgain,
    ];
}
