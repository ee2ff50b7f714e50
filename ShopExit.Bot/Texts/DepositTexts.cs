namespace ShopExit.Bot.Texts;

/// <summary>Text keys of the deposit-refund walkthrough (保证金退款).</summary>
public static class DepositTexts
{
    /// <summary>What the walkthrough covers.</summary>
    public const string Intro = "deposit.intro";
    /// <summary>Is the account banned?</summary>
    public const string BannedAsk = "deposit.banned.ask";
    /// <summary>A banned account: a human must look.</summary>
    public const string Banned = "deposit.banned";
    /// <summary>Open disputes or violations?</summary>
    public const string DisputesAsk = "deposit.disputes.ask";
    /// <summary>What to do about open disputes.</summary>
    public const string DisputesTodo = "deposit.disputes.todo";
    /// <summary>The path 保证金管理 → 退还, and whether it was submitted.</summary>
    public const string Steps = "deposit.steps";
    /// <summary>Button: submitted.</summary>
    public const string SubmittedButton = "deposit.submitted-button";
    /// <summary>Not submitted yet.</summary>
    public const string NotSubmitted = "deposit.not-submitted";
    /// <summary>3–7 working days; where to see progress; and the status question.</summary>
    public const string Timing = "deposit.timing";
    /// <summary>Status choice: arrived.</summary>
    public const string StatusArrived = "deposit.status.arrived";
    /// <summary>Status choice: under review.</summary>
    public const string StatusReviewing = "deposit.status.reviewing";
    /// <summary>Status choice: rejected.</summary>
    public const string StatusRejected = "deposit.status.rejected";
    /// <summary>Status choice: wrong amount.</summary>
    public const string StatusWrongAmount = "deposit.status.wrong-amount";
    /// <summary>How to confirm the money arrived.</summary>
    public const string Arrived = "deposit.arrived";
    /// <summary>Still under review.</summary>
    public const string Reviewing = "deposit.reviewing";
    /// <summary>Rejected: fix and resubmit.</summary>
    public const string Rejected = "deposit.rejected";
    /// <summary>Wrong amount or other anomaly.</summary>
    public const string WrongAmount = "deposit.wrong-amount";
    /// <summary>The summary ({done} and {todo} lists).</summary>
    public const string Summary = "deposit.summary";
    /// <summary>Summary item: no disputes.</summary>
    public const string ItemDisputes = "deposit.item.disputes";
    /// <summary>Summary item: applied.</summary>
    public const string ItemSubmitted = "deposit.item.submitted";
    /// <summary>Summary item: money arrived.</summary>
    public const string ItemArrived = "deposit.item.arrived";
    /// <summary>Goodbye at the end.</summary>
    public const string End = "deposit.end";

    /// <summary>All keys.</summary>
    public static readonly string[] All =
    [
        Intro, BannedAsk, Banned, DisputesAsk, DisputesTodo, Steps, SubmittedButton, NotSubmitted, Timing, StatusArrived, StatusReviewing,
        StatusRejected, StatusWrongAmount, Arrived, Reviewing, Rejected, WrongAmount, Summary, ItemDisputes, ItemSubmitted, ItemArrived, End,
    ];
}
