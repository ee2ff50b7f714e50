namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Walkthrough files that exist only for tests (in <c>Support/ContentFlows/</c>), added to a copy of
/// the shipped FAQ: what an editor would add to <c>faq/flows/</c>, with no code.
/// </summary>
internal static class TestWalkthroughs
{
    /// <summary>The id of the 仅退款申诉 walkthrough and of its trigger entry.</summary>
    public const string RefundOnlyAppealId = "flow:refund-only-appeal";

    private const string RefundOnlyAppealFile = "refund-only-appeal.yaml";

    /// <summary>The 仅退款申诉 walkthrough's file, as an editor wrote it.</summary>
    public static string RefundOnlyAppealYaml =>
        File.ReadAllText(Path.Combine(TestPaths.Root, "tests", "ShopExit.Bot.Tests", "Support", "ContentFlows", RefundOnlyAppealFile));

    /// <summary>Where the 仅退款申诉 walkthrough goes in the FAQ folder <paramref name="faq"/>.</summary>
    public static string RefundOnlyAppealPath(string faq) => Path.Combine(faq, "flows", RefundOnlyAppealFile);

    /// <summary>A copy of the shipped FAQ with the 仅退款申诉 walkthrough added.</summary>
    public static string ShippedFaqWithRefundOnlyAppeal()
    {
        var faq = TestPaths.CopyOfShippedFaq();
        File.WriteAllText(RefundOnlyAppealPath(faq), RefundOnlyAppealYaml);
        return faq;
    }
}
