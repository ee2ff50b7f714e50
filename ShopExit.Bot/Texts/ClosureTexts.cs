namespace ShopExit.Bot.Texts;

/// <summary>Text keys of the closure walkthrough (网店注销).</summary>
public static class ClosureTexts
{
    /// <summary>What the walkthrough covers.</summary>
    public const string Intro = "closure.intro";
    /// <summary>Preparation 1: unfinished orders and disputes?</summary>
    public const string Orders = "closure.prep.orders";
    /// <summary>What to do about open orders and disputes.</summary>
    public const string OrdersTodo = "closure.prep.orders.todo";
    /// <summary>Preparation 2: balance withdrawn to zero?</summary>
    public const string Balance = "closure.prep.balance";
    /// <summary>What to do about the balance.</summary>
    public const string BalanceTodo = "closure.prep.balance.todo";
    /// <summary>Preparation 3: data backed up?</summary>
    public const string Backup = "closure.prep.backup";
    /// <summary>What to do about the backup.</summary>
    public const string BackupTodo = "closure.prep.backup.todo";
    /// <summary>The closure steps, and the question whether the application was submitted.</summary>
    public const string Steps = "closure.steps";
    /// <summary>Button: submitted.</summary>
    public const string SubmittedButton = "closure.submitted-button";
    /// <summary>Precautions after submitting.</summary>
    public const string Precautions = "closure.precautions";
    /// <summary>Not submitted yet: what remains.</summary>
    public const string NotSubmitted = "closure.not-submitted";
    /// <summary>The summary ({done} and {todo} lists).</summary>
    public const string Summary = "closure.summary";
    /// <summary>Summary item names.</summary>
    public const string ItemOrders = "closure.item.orders";
    /// <summary>Summary item: balance.</summary>
    public const string ItemBalance = "closure.item.balance";
    /// <summary>Summary item: backup.</summary>
    public const string ItemBackup = "closure.item.backup";
    /// <summary>Summary item: application submitted.</summary>
    public const string ItemSubmitted = "closure.item.submitted";
    /// <summary>Summary item: confirm with customer service.</summary>
    public const string ItemConfirm = "closure.item.confirm";
    /// <summary>Offer the deposit-refund walkthrough.</summary>
    public const string OfferDeposit = "closure.offer-deposit";
    /// <summary>Goodbye at the end.</summary>
    public const string End = "closure.end";

    /// <summary>All keys.</summary>
    public static readonly string[] All =
    [
        Intro, Orders, OrdersTodo, Balance, BalanceTodo, Backup, BackupTodo, Steps, SubmittedButton, Precautions, NotSubmitted, Summary,
        ItemOrders, ItemBalance, ItemBackup, ItemSubmitted, ItemConfirm, OfferDeposit, End,
    ];
}
