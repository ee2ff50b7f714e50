using Microsoft.Extensions.Options;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Storage;

public class SqliteDatabaseTests
{
    [Fact]
    public async Task WriteAsync_ConcurrentWritesWithSomeFailing_OnlyTheFailingOnesAreLost()
    {
        using var database = new SqliteDatabase(Options.Create(new ShopExitOptions { DataDirectory = TestPaths.NewTempFolder("db") }));
        var log = new SqliteUnansweredQuestionLog(database);
        var at = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

        var good = Enumerable.Range(0, 40).Select(i => log.RecordAsync(database, new UnansweredQuestion("c", $"q{i}", "fallback", [], at)));
        var bad = Enumerable.Range(0, 10).Select(i => database.WriteAsync<int>(
            async session =>
            {
                await session.Command("INSERT INTO unanswered_questions (conversation_id, question, decision, candidates_json, asked_at) VALUES ('c', 'half-done', 'fallback', '[]', '')").ExecuteNonQueryAsync();
                throw new InvalidOperationException("fails after writing");
            },
            CancellationToken.None));
        await Task.WhenAll(good);
        var failures = await Task.WhenAll(bad.Select(async t => await Record.ExceptionAsync(() => t)));

        Assert.All(failures, f => Assert.IsType<InvalidOperationException>(f));
        var stored = await log.ListAsync(null, CancellationToken.None);
        Assert.Equal(40, stored.Count);
        Assert.DoesNotContain(stored, q => q.Question == "half-done");
    }
}
