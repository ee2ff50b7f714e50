using ShopExit.Bot.Faq;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;
using static ShopExit.Bot.Tests.Support.StoreHarness;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>What every <see cref="IUnansweredQuestionLog"/> promises, on SQLite and PostgreSQL: the questions turns logged, oldest first, from a date on.</summary>
public class UnansweredLogContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset October = new(2026, 10, 1, 8, 30, 15, 500, TimeSpan.Zero);
    private static readonly DateTimeOffset November = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [BothStores]
    public async Task ListAsync_QuestionsLoggedByTurns_OldestFirstWithCandidatesAndFromADateOn(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        await store.CommitEffectsAsync("c1", Question("开店保证金要交多少", November, new ScoredCandidate("deposit-amount", 0.31), new ScoredCandidate("deposit-refund", 0.2)));
        await store.CommitEffectsAsync("c1", Question("怎么设置运费模板", October), Question("今天天气怎么样", November.AddHours(1)));

        var all = await store.Unanswered.ListAsync(null, None);
        var since = await store.Unanswered.ListAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), None);

        Assert.Equal(["怎么设置运费模板", "开店保证金要交多少", "今天天气怎么样"], all.Select(q => q.Question));
        Assert.Equal(October, all[0].AskedAt);
        Assert.Equal(("c1", "fallback"), (all[1].ConversationId, all[1].Decision));
        Assert.Equal([new ScoredCandidate("deposit-amount", 0.31), new ScoredCandidate("deposit-refund", 0.2)], all[1].Candidates);
        Assert.Equal(["开店保证金要交多少", "今天天气怎么样"], since.Select(q => q.Question));
    }

    [Theory]
    [BothStores]
    public async Task UnansweredQuestion_HoldingANulCharacter_IsLoggedWithItsTurn(StoreKind kind)
    {
        // A merchant can type U+0000 (JSON "\u0000"); PostgreSQL's text cannot hold it, and the
        // turn's commit must not fail over it (the message would be retried for ever).
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");

        await store.CommitEffectsAsync("c1", Question("保证金\0怎么退", November));

        var logged = Assert.Single(await store.Unanswered.ListAsync(null, None));
        Assert.Matches("^保证金[\0\uFFFD]怎么退$", logged.Question);
    }

    private static UnansweredQuestion Question(string text, DateTimeOffset at, params ScoredCandidate[] candidates) => new("c1", text, "fallback", candidates, at);
}
