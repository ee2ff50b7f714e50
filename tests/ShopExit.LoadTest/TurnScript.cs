namespace ShopExit.LoadTest;

/// <summary>The messages one merchant sends, in order, starting over after the last.</summary>
internal sealed class TurnScript
{
    /// <summary>The <c>--script</c> value of the deposit-refund journey.</summary>
    public const string DepositName = "deposit";

    private static readonly string[] Questions =
    [
        "什么是仅退款", "保证金退款要多久", "注销后店铺还能重新开吗", "买家怎么申请退款", "被骗了怎么办",
        "保证金退款进度在哪看", "注销店铺会影响信用吗", "How long does a deposit refund take?", "怎么防止恶意仅退款", "谢谢",
    ];

    // The deposit walkthrough (faq/flows/deposit-refund.yaml), then two FAQ questions that match an item
    // (deposit-refund-delay and closure-reopen, by `faq explain`). The bot remembers the platform, so
    // from the second run on 保证金怎么退 goes straight to the first question and 抖音小店 is skipped:
    // a run is 8 messages the first time and 7 after.
    private static readonly ScriptStep[] Deposit =
    [
        new("保证金怎么退", ["哪个平台", "被封禁"]),
        new("抖音小店", ["被封禁"], OnlyAfter: "哪个平台"),
        new("否", ["纠纷或违规"]),
        new("否", ["提交退款申请了吗"]),
        new("已提交", ["现在是什么情况"]),
        new("已经到账", ["祝您退款顺利"]),
        new("保证金退款要多久", ["退款时间一般在"]),
        new("注销后店铺还能重新开吗", ["重新开通"]),
    ];

    private readonly IReadOnlyList<ScriptStep> _steps;
    private int _next;

    private TurnScript(IReadOnlyList<ScriptStep> steps, int first)
    {
        _steps = steps;
        _next = first % steps.Count;
    }

    /// <summary>The script a merchant follows: merchants of the mixed questions start at different ones.</summary>
    public static TurnScript For(string name, int merchant) => name == DepositName
        ? new TurnScript(Deposit, 0)
        : new TurnScript(Questions.Select(q => new ScriptStep(q, [])).ToArray(), merchant);

    /// <summary>The next message, given the reply to the previous one.</summary>
    public ScriptStep Next(string previousReply)
    {
        while (true)
        {
            var step = _steps[_next];
            _next = (_next + 1) % _steps.Count;
            if (step.OnlyAfter is null || previousReply.Contains(step.OnlyAfter, StringComparison.Ordinal))
            {
                return step;
            }
        }
    }
}
