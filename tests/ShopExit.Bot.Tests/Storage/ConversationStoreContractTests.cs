using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;
using static ShopExit.Bot.Tests.Support.StoreHarness;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>
/// What every <see cref="IConversationStore"/> promises, run against SQLite and PostgreSQL alike:
/// watermarks without gaps or repeats (also when two instances append at once), the JSON as
/// stored, optimistic turn commits, ended conversations and the turns still owed.
/// </summary>
public class ConversationStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothStores]
    public async Task CreateAsync_NewConversation_IsReadBackOnceAndAnUnknownOneIsNot(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);

        var created = await store.StartConversationAsync("c1");
        var again = await store.Conversations.CreateAsync("c1", "someone-else", new ConversationData(), None);

        Assert.False(again);
        Assert.Equal(("u-c1", "zh-CN", 0L, 0L, 0L), (created.UserId, created.Data.Locale, created.ProcessedSequence, created.LastSequence, created.LastUserSequence));
        Assert.Equal("u-c1", await store.Conversations.GetUserIdAsync("c1", None));
        Assert.Null(await store.Conversations.GetAsync("nope", None));
        Assert.Null(await store.Conversations.GetUserIdAsync("nope", None));
        Assert.Null(await store.Conversations.GetLastSequenceAsync("nope", None));
        Assert.Null(await store.Conversations.GetProgressAsync("nope", None));
        Assert.False(await store.Conversations.IsEndedAsync("nope", None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.Conversations.AppendAsync("nope", [MerchantSays("hi")], None));
    }

    [Theory]
    [BothStores]
    public async Task AppendAsync_TwoAppends_GetTheNextWatermarksAndReadBackAfterAnyOfThem(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");

        var first = await store.Conversations.AppendAsync("c1", [MerchantSays("一"), BotSays("二"), BotSays("三")], None);
        var second = await store.Conversations.AppendAsync("c1", [MerchantSays("四"), BotSays("五")], None);

        Assert.Equal([1L, 2, 3, 4, 5], first.Concat(second).Select(a => a.Sequence));
        Assert.Equal(ActivityIds.For("c1", 4), second[0].Activity.Id);
        var page = await store.Conversations.GetActivitiesAsync("c1", 2, 2, None);
        Assert.Equal(["三", "四"], page.Select(a => a.Activity.Text));
        Assert.Equal([3L, 4], page.Select(a => a.Sequence));
        Assert.Equal(ActivityIds.For("c1", 3), page[0].Activity.Id);
        Assert.Empty(await store.Conversations.GetActivitiesAsync("c1", 5, 10, None));
        Assert.Equal(5L, await store.Conversations.GetLastSequenceAsync("c1", None));
        // The merchant's last message (4) is owed a turn; the bot has read nothing yet.
        Assert.Equal((0L, 4L), await store.Conversations.GetProgressAsync("c1", None));
    }

    [Theory]
    [BothStores]
    public async Task GetActivityJsonAsync_ReturnsTheJsonExactlyAsItWasStored(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        var activity = MerchantSays("保证金怎么退？😀 \"quoted\" \\ back\u0001slash");
        activity.ChannelData = JsonSerializer.Deserialize<JsonElement>("""{"clientActivityID":"abc","nested":{"n":1.50,"list":[true,null]}}""");
        activity.Extra = new() { ["unknownField"] = JsonSerializer.Deserialize<JsonElement>("""{"kept":"as sent"}""") };

        var stored = Assert.Single(await store.Conversations.AppendAsync("c1", [activity], None));
        var json = Assert.Single(await store.Conversations.GetActivityJsonAsync("c1", 0, 10, None));

        Assert.Equal(1L, json.Sequence);
        Assert.Equal(stored.Json, json.Json);
        var readBack = Assert.Single(await store.Conversations.GetActivitiesAsync("c1", 0, 10, None)).Activity;
        Assert.Equal(activity.Text, readBack.Text);
        Assert.Equal("as sent", readBack.Extra!["unknownField"].GetProperty("kept").GetString());
        Assert.Equal(JsonSerializer.Serialize(readBack, ActivityJson.Options), json.Json);
    }

    [Theory]
    [BothStores]
    public async Task GetLatestActivitiesAsync_LongTranscript_TheNewestOldestFirst(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");
        foreach (var i in Enumerable.Range(1, 10))
        {
            await store.Conversations.AppendAsync("c1", [BotSays($"m{i}")], None);
        }

        var latest = await store.Conversations.GetLatestActivitiesAsync("c1", 3, None);
        var all = await store.Conversations.GetLatestActivitiesAsync("c1", 50, None);

        Assert.Equal(["m8", "m9", "m10"], latest.Select(a => a.Activity.Text));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), all.Select(a => a.Sequence));
        Assert.Empty(await store.Conversations.GetLatestActivitiesAsync("nope", 3, None));
    }

    [Theory]
    [BothStores]
    public async Task AppendAsync_ManyAtOnceFromTwoStoreInstances_EveryActivityOnceWithNoGapOrRepeat(StoreKind kind)
    {
        await using var one = await CreateAsync(kind);
        var two = await one.OpenAnotherAsync();
        await one.StartConversationAsync("c1");

        // 2 x 40 appends racing, some of two activities: 120 activities in all.
        var appends = Enumerable.Range(0, 80).Select(i =>
        {
            var store = i % 2 == 0 ? one : two;
            IReadOnlyList<Activity> batch = i % 3 == 0 ? [MerchantSays($"a{i}"), BotSays($"b{i}")] : [MerchantSays($"a{i}")];
            return Task.Run(() => store.Conversations.AppendAsync("c1", batch, None));
        }).ToList();
        var results = await Task.WhenAll(appends);

        var expected = Enumerable.Range(0, 80).Sum(i => i % 3 == 0 ? 2 : 1);
        var transcript = await two.Conversations.GetActivitiesAsync("c1", 0, 1000, None);
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), transcript.Select(a => a.Sequence));
        Assert.Equal(expected, transcript.Select(a => a.Activity.Text).Distinct(StringComparer.Ordinal).Count());
        // Each append's activities are consecutive, and what each caller was told is what is stored.
        Assert.All(results, batch => Assert.Equal(Enumerable.Range(0, batch.Count).Select(i => batch[0].Sequence + i), batch.Select(a => a.Sequence)));
        Assert.All(results.SelectMany(b => b), a => Assert.Equal(a.Activity.Text, transcript[(int)a.Sequence - 1].Activity.Text));
        Assert.Equal((long)expected, await one.Conversations.GetLastSequenceAsync("c1", None));
    }

    [Theory]
    [BothStores]
    public async Task CommitTurnAsync_Turn_StoresStateRepliesReadPositionAnalysisAndEffects(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        var start = await store.StartConversationAsync("c1");
        var posted = Assert.Single(await store.Conversations.AppendAsync("c1", [MerchantSays("保证金怎么退")], None));
        var analysis = new TextAnalysis("zh-CN", new SentimentResult(SentimentLabel.Negative, -0.5, Urgent: true), [new PiiEntity(PiiCategory.PhoneNumber, 2, 11)]);
        var question = new UnansweredQuestion("c1", "保证金怎么退", "clarify", [new ScoredCandidate("deposit-refund", 0.42)], DateTimeOffset.UnixEpoch);

        var committed = await store.Conversations.CommitTurnAsync(
            new TurnCommit("c1", start.Version, new ConversationData { UserId = "u-c1", Locale = "en-US" }, posted.Sequence, [BotSays("reply 1"), BotSays("reply 2")], [question], analysis),
            None);

        Assert.Equal([2L, 3], committed.Replies.Select(r => r.Sequence));
        Assert.All(committed.Replies, r => Assert.NotNull(r.Json));
        var after = (await store.Conversations.GetAsync("c1", None))!;
        Assert.Equal(after, committed.Conversation with { Data = after.Data });
        Assert.Equal(("en-US", 3L, 3L, 1L), (after.Data.Locale, after.ProcessedSequence, after.LastSequence, after.LastUserSequence));
        Assert.NotEqual(start.Version, after.Version);
        var transcript = await store.Conversations.GetActivitiesAsync("c1", 0, 10, None);
        Assert.Equal(["保证金怎么退", "reply 1", "reply 2"], transcript.Select(a => a.Activity.Text));
        Assert.Equal(analysis.Sentiment, transcript[0].Analysis!.Sentiment);
        Assert.Equal(analysis.Pii, transcript[0].Analysis!.Pii);
        Assert.Null(transcript[1].Analysis);
        Assert.Equal("保证金怎么退", Assert.Single(await store.Unanswered.ListAsync(null, None)).Question);
    }

    [Theory]
    [BothStores]
    public async Task CommitTurnAsync_TwoCommitsFromOneVersionOnTwoInstances_ExactlyOneWinsAndTheLoserWritesNothing(StoreKind kind)
    {
        await using var one = await CreateAsync(kind);
        var two = await one.OpenAnotherAsync();
        var start = await one.StartConversationAsync("c1");
        var posted = Assert.Single(await one.Conversations.AppendAsync("c1", [MerchantSays("你好")], None));
        var loaded = (await one.Conversations.GetAsync("c1", None))!;

        TurnCommit Turn(string who) => new(
            "c1", loaded.Version, new ConversationData { UserId = "u-c1", Locale = who }, posted.Sequence, [BotSays($"reply from {who}")],
            [new UnansweredQuestion("c1", $"asked of {who}", "fallback", [], DateTimeOffset.UnixEpoch)], null);
        var outcomes = await Task.WhenAll(
            Task.Run(() => Record.ExceptionAsync(() => one.Conversations.CommitTurnAsync(Turn("one"), None))),
            Task.Run(() => Record.ExceptionAsync(() => two.Conversations.CommitTurnAsync(Turn("two"), None))));

        var loser = Assert.Single(outcomes, e => e is not null);
        Assert.IsType<ConcurrencyException>(loser);
        var winner = outcomes[0] is null ? "one" : "two";
        var after = (await one.Conversations.GetAsync("c1", None))!;
        Assert.Equal(winner, after.Data.Locale);
        Assert.Equal(["你好", $"reply from {winner}"], (await two.Conversations.GetActivitiesAsync("c1", 0, 10, None)).Select(a => a.Activity.Text));
        Assert.Equal($"asked of {winner}", Assert.Single(await one.Unanswered.ListAsync(null, None)).Question);
        Assert.Equal(2L, after.LastSequence);
        Assert.NotEqual(start.Version, after.Version);

        // The loser's turn runs again on the winner's version, and that commit goes in.
        var retried = await two.Conversations.CommitTurnAsync(new TurnCommit("c1", after.Version, after.Data, posted.Sequence, [], [], null), None);
        Assert.NotEqual(after.Version, retried.Conversation.Version);
    }

    [Theory]
    [BothStores]
    public async Task AppendAsync_AfterTheMerchantEnded_TheMerchantsIsRefusedAndNothingStoredWhileTheBotsStillGoesIn(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("c1");

        await store.Conversations.AppendAsync("c1", [MerchantSays(string.Empty, ActivityTypes.EndOfConversation)], None);
        var refused = await Record.ExceptionAsync(() => store.Conversations.AppendAsync("c1", [BotSays("in the same batch"), MerchantSays("还在吗")], None));
        var last = await store.Conversations.GetLastSequenceAsync("c1", None);
        var bots = await store.Conversations.AppendAsync("c1", [BotSays("a turn in flight finishes")], None);

        Assert.True(await store.Conversations.IsEndedAsync("c1", None));
        Assert.IsType<ConversationEndedException>(refused);
        Assert.Equal(1L, last);
        Assert.Equal(2L, Assert.Single(bots).Sequence);
        Assert.Equal([ActivityTypes.EndOfConversation, ActivityTypes.Message], (await store.Conversations.GetActivitiesAsync("c1", 0, 10, None)).Select(a => a.Activity.Type));
    }

    [Theory]
    [BothStores]
    public async Task GetConversationsWithPendingTurnsAsync_UnansweredMerchantMessage_IsListedUntilItsTurnCommits(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        await store.StartConversationAsync("waiting");
        await store.StartConversationAsync("bot-only");
        await store.StartConversationAsync("answered");
        await store.Conversations.AppendAsync("waiting", [MerchantSays("在吗")], None);
        await store.Conversations.AppendAsync("bot-only", [BotSays("an agent's note needs no turn")], None);
        var question = Assert.Single(await store.Conversations.AppendAsync("answered", [MerchantSays("保证金")], None));
        var answered = (await store.Conversations.GetAsync("answered", None))!;
        await store.Conversations.CommitTurnAsync(new TurnCommit("answered", answered.Version, answered.Data, question.Sequence, [BotSays("答复")], [], null), None);

        var pending = await store.Conversations.GetConversationsWithPendingTurnsAsync(None);

        Assert.Equal(["waiting"], pending);
        // Bot activities with nothing owed move the read position past them: the next message's turn starts there.
        Assert.Equal((1L, 0L), await store.Conversations.GetProgressAsync("bot-only", None));
        Assert.Equal((2L, 1L), await store.Conversations.GetProgressAsync("answered", None));
    }

    [Theory]
    [BothStores]
    public async Task CommitTurnAsync_AMessageArrivedDuringTheTurn_TheCommitSaysItIsStillOwed(StoreKind kind)
    {
        await using var store = await CreateAsync(kind);
        var start = await store.StartConversationAsync("c1");
        var first = Assert.Single(await store.Conversations.AppendAsync("c1", [MerchantSays("一")], None));
        await store.Conversations.AppendAsync("c1", [MerchantSays("二")], None);

        var committed = await store.Conversations.CommitTurnAsync(new TurnCommit("c1", start.Version, start.Data, first.Sequence, [BotSays("答一")], [], null), None);

        Assert.Equal((1L, 2L, 3L), (committed.Conversation.ProcessedSequence, committed.Conversation.LastUserSequence, committed.Conversation.LastSequence));
        Assert.Equal(["c1"], await store.Conversations.GetConversationsWithPendingTurnsAsync(None));
    }
}
