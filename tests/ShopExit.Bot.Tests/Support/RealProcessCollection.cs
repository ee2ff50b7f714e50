namespace ShopExit.Bot.Tests.Support;

/// <summary>
/// Tests that run real processes (the bot, Node, Chromium) share one collection, so they run one
/// after another instead of competing for the machine's two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealProcessCollection : ICollectionFixture<RealBotFixture>
{
    public const string Name = "real processes";
}
