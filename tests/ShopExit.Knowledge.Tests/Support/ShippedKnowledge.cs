namespace ShopExit.Knowledge.Tests.Support;

/// <summary>The shipped FAQ, loaded once for all tests that read it.</summary>
internal static class ShippedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var (knowledge, problems) = KnowledgeBase.Load(RepoPaths.Faq);
        return knowledge ?? throw new InvalidOperationException("Shipped FAQ has errors: " + string.Join("; ", problems));
    });

    public static KnowledgeBase Instance => Loaded.Value;
}
