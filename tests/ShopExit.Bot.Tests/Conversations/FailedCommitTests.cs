using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Storage;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Conversations;

public class FailedCommitTests
{
    [Fact]
    public async Task Turn_CommitFails_MessageIsAnsweredOnceFromTheStoredState_WithTheNextMessage()
    {
        // The first unanswered question's commit fails: nothing of that turn is kept (not its
        // reply, not its state), and the next message answers both, in order, from what was stored.
        await using var bot = new FailingCommitFactory();
        var client = await DirectLineClient.StartAsync(bot);

        (await client.PostTextAsync("今天天气怎么样")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(bot);
        var (afterFailure, _) = await client.GetActivitiesAsync();
        Assert.Empty(RepliesTo(afterFailure, 2));

        (await client.PostTextAsync("保证金怎么退")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(bot);
        var (activities, _) = await client.GetActivitiesAsync();

        var toWeather = RepliesTo(activities, 2);
        var toDeposit = RepliesTo(activities, 3);
        Assert.NotEmpty(toWeather);
        Assert.NotEmpty(toDeposit);
        Assert.True(activities.IndexOf(toWeather[^1]) < activities.IndexOf(toDeposit[0]), "answered in order");
        Assert.Contains(toDeposit, a => DirectLineClient.TextOf(a).Contains("平台", StringComparison.Ordinal));

        // The same question in a conversation where nothing failed gets the same answer: the failed
        // turn left nothing behind in the state (a half-counted fallback would change the wording).
        var control = await DirectLineClient.StartAsync(bot);
        (await control.PostTextAsync("今天天气怎么样")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(bot);
        var (controlActivities, _) = await control.GetActivitiesAsync();
        Assert.Equal(RepliesTo(controlActivities, 2).Select(DirectLineClient.TextOf), toWeather.Select(DirectLineClient.TextOf));
        Assert.Equal(1, bot.Services.GetRequiredService<FailingOnceWriter>().Failures);
        Assert.Equal(2, (await bot.Services.GetRequiredService<IUnansweredQuestionLog>().ListAsync(null, CancellationToken.None)).Count);
    }

    // The bot's replies to the merchant's activity with this sequence number.
    private static List<JsonElement> RepliesTo(List<JsonElement> activities, int sequence) =>
        [.. activities.Where(a => DirectLineClient.RoleOf(a) == "bot" && a.TryGetProperty("replyToId", out var to) && to.GetString()!.EndsWith($"|{sequence:D7}", StringComparison.Ordinal))];

    private sealed class FailingCommitFactory : BotFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<ISqliteEffectWriter>();
                services.AddSingleton<FailingOnceWriter>();
                services.AddSingleton<ISqliteEffectWriter>(s => s.GetRequiredService<FailingOnceWriter>());
                services.AddSingleton<ISqliteEffectWriter, SqliteHandoffOpenedWriter>();
                services.AddSingleton<ISqliteEffectWriter, SqliteHandoffCancelWriter>();
                services.AddSingleton<ISqliteEffectWriter, SqliteHandoffRatingWriter>();
            });
        }
    }

    // The unanswered-question log's writer, failing the first time (as a full disk would).
    private sealed class FailingOnceWriter(SqliteUnansweredQuestionLog log) : ISqliteEffectWriter
    {
        public int Failures { get; private set; }

        public Type EffectType => typeof(UnansweredQuestion);

        public Task WriteAsync(SqliteSession session, string conversationId, ITurnEffect effect, CancellationToken cancellationToken)
        {
            if (Failures == 0)
            {
                Failures++;
                throw new IOException("disk full");
            }

            return ((ISqliteEffectWriter)log).WriteAsync(session, conversationId, effect, cancellationToken);
        }
    }
}
