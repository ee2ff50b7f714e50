using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Storage;

/// <summary>
/// A database damaged while the bot was stopped: what the merchant's client and the operator see
/// when the bot meets the damage while serving. A clear 503 in the Direct Line error shape, never
/// a 500; a stream closed with an error status, never a frame that is not JSON; /healthz unhealthy;
/// the log naming the database file.
/// </summary>
public class StoreFaultTests
{
    [Theory]
    [InlineData("activities")]
    [InlineData(null)]
    public async Task CorruptPages_Answer503StoreUnavailable_CloseTheStream_AndHealthzIsUnhealthy(string? table)
    {
        var dataDirectory = TestPaths.NewTempFolder("corrupt-page");
        var client = await ConversationWithMessagesAsync(dataDirectory);
        var database = Path.Combine(dataDirectory, "shopexit.db");
        await OverwritePagesWithGarbageAsync(database, table);

        await using var bot = new LoggingBotFactory(dataDirectory);
        var restarted = client.WithHttp(bot.CreateClient());

        var get = await restarted.Http.SendAsync(restarted.Request(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities"));
        await AssertStoreUnavailableAsync(get);
        var post = await restarted.PostTextAsync("保证金多久退");
        await AssertStoreUnavailableAsync(post);

        var (frames, close) = await ReadStreamAsync(bot, client.ConversationId, client.Token);
        Assert.All(frames, frame => JsonDocument.Parse(frame).Dispose());
        Assert.Equal(WebSocketCloseStatus.InternalServerError, close);

        var health = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());

        Assert.Contains(bot.Logged, entry => entry.Level >= LogLevel.Error && entry.Message.Contains(database, StringComparison.Ordinal) && entry.Message.Contains("corrupt", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logged, entry => entry.Message.Contains("An unhandled exception", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logged, entry => entry.Message.Contains("BackgroundService failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DamagedActivityRowSqliteCannotTell_IsAStoreFaultToo_AndTheStreamSendsNoBrokenJson()
    {
        var dataDirectory = TestPaths.NewTempFolder("damaged-row");
        var client = await ConversationWithMessagesAsync(dataDirectory);
        await WithDatabaseAsync(Path.Combine(dataDirectory, "shopexit.db"), async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE activities SET activity_json = substr(activity_json, 1, 40) WHERE conversation_id = $id AND seq = 2";
            command.Parameters.AddWithValue("$id", client.ConversationId);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        });

        await using var bot = new LoggingBotFactory(dataDirectory);
        var restarted = client.WithHttp(bot.CreateClient());

        var get = await restarted.Http.SendAsync(restarted.Request(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities"));
        await AssertStoreUnavailableAsync(get);
        var (frames, close) = await ReadStreamAsync(bot, client.ConversationId, client.Token);
        Assert.All(frames, frame => JsonDocument.Parse(frame).Dispose());
        Assert.Equal(WebSocketCloseStatus.InternalServerError, close);
        var health = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        // Activities before the damaged one are still read (the stream sent nothing broken).
        var first = await restarted.Http.SendAsync(restarted.Request(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities?watermark=2"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Fact]
    public async Task DatabaseOfAnEarlierVersion_GetsTheNewColumnAndKeepsItsConversations()
    {
        var dataDirectory = TestPaths.NewTempFolder("old-schema");
        var client = await ConversationWithMessagesAsync(dataDirectory);
        await WithDatabaseAsync(Path.Combine(dataDirectory, "shopexit.db"), async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE conversations DROP COLUMN ended_at";
            await command.ExecuteNonQueryAsync();
        });

        await using var bot = new BotFactory(dataDirectory: dataDirectory);
        var restarted = client.WithHttp(bot.CreateClient());

        var (activities, _) = await restarted.GetActivitiesAsync();
        Assert.Contains(activities, a => DirectLineClient.TextOf(a) == "保证金多久退");
        var ended = await restarted.PostAsync(new { type = "endOfConversation", from = new { id = "merchant" } });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await restarted.PostTextAsync("还在吗")).StatusCode);
    }

    [Fact]
    public async Task DatabaseOfTheEarlierLayout_IsRebuiltAndKeepsEveryActivityAndAnalysis()
    {
        // The layout before: activities a WITHOUT ROWID table, the analyses a table of their own.
        var dataDirectory = TestPaths.NewTempFolder("old-analysis");
        var client = await ConversationWithMessagesAsync(dataDirectory);
        var database = Path.Combine(dataDirectory, "shopexit.db");
        await WithDatabaseAsync(database, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE activity_analysis (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, analysis_json TEXT NOT NULL, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;
                INSERT INTO activity_analysis SELECT conversation_id, seq, analysis_json FROM activities WHERE analysis_json IS NOT NULL;
                CREATE TABLE old_activities (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, role TEXT, activity_json TEXT NOT NULL, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;
                INSERT INTO old_activities SELECT conversation_id, seq, role, activity_json FROM activities;
                DROP TABLE activities;
                ALTER TABLE old_activities RENAME TO activities;
                """;
            await command.ExecuteNonQueryAsync();
        });

        await using (var bot = new BotFactory(dataDirectory: dataDirectory))
        {
            _ = bot.CreateClient();
            var stored = await bot.Services.GetRequiredService<IConversationStore>().GetActivitiesAsync(client.ConversationId, 0, 100, CancellationToken.None);
            var merchant = stored.Where(a => a.Activity.From?.Role == "user").ToList();
            Assert.Equal(2, merchant.Count);
            Assert.All(merchant, a => Assert.Equal("zh-CN", a.Analysis?.Language));
            Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(a => a.Sequence));

            // And the conversation goes on where it was, on the new layout.
            var restarted = client.WithHttp(bot.CreateClient());
            (await restarted.PostTextAsync("抖店")).EnsureSuccessStatusCode();
            await DirectLineClient.SettleAsync(bot);
            var (activities, _) = await restarted.GetActivitiesAsync();
            Assert.Equal(stored.Count + 2, activities.Count);
        }

        await WithDatabaseAsync(database, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'activity_analysis' OR sql LIKE '%WITHOUT ROWID%'";
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        });
    }

    // A widget conversation with the welcome, two messages and their answers; the bot then stops.
    private static async Task<DirectLineClient> ConversationWithMessagesAsync(string dataDirectory)
    {
        await using var bot = new BotFactory(dataDirectory: dataDirectory);
        var client = await DirectLineClient.StartAsync(bot);
        (await client.PostTextAsync("保证金多久退")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(bot);
        (await client.PostTextAsync("店铺注销要多久")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(bot);
        var (activities, _) = await client.GetActivitiesAsync();
        Assert.True(activities.Count >= 5, "the welcome, two messages and their answers");
        return client;
    }

    // Garbage (a fixed seed, so every run is the same) over the root page of the table, or over
    // every page after the first (the schema page, so the bot starts and meets the damage serving).
    private static async Task OverwritePagesWithGarbageAsync(string database, string? table)
    {
        long root = 2, pageSize = 0, pages = 0;
        await WithDatabaseAsync(database, async connection =>
        {
            await using var command = connection.CreateCommand();
            if (table is not null)
            {
                command.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = $table";
                command.Parameters.AddWithValue("$table", table);
                root = (long)(await command.ExecuteScalarAsync())!;
            }

            command.CommandText = "PRAGMA page_size";
            pageSize = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA page_count";
            pages = (long)(await command.ExecuteScalarAsync())!;
        });

        Assert.True(root > 1 && pages >= root, "the tables' pages come after the schema page");
        var random = new Random(11);
        var garbage = new byte[pageSize];
        await using var file = new FileStream(database, FileMode.Open, FileAccess.Write);
        for (var page = root; page <= (table is null ? pages : root); page++)
        {
            random.NextBytes(garbage);
            garbage[0] = 0xEE; // no b-tree page type
            file.Seek((page - 1) * pageSize, SeekOrigin.Begin);
            await file.WriteAsync(garbage);
        }
    }

    // The bot has stopped; its WAL is checkpointed into the file before the file is changed.
    private static async Task WithDatabaseAsync(string database, Func<SqliteConnection, Task> work)
    {
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using (var checkpoint = connection.CreateCommand())
            {
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync();
            }

            await work(connection);
        }

        Assert.False(File.Exists(database + "-wal") && new FileInfo(database + "-wal").Length > 0, "the WAL is empty");
    }

    private static async Task AssertStoreUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("StoreUnavailable", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    // Every text frame until the server closes, and the close status.
    private static async Task<(List<string> Frames, WebSocketCloseStatus? Close)> ReadStreamAsync(BotFactory bot, string conversationId, string token)
    {
        using var socket = await bot.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(bot.Server.BaseAddress, $"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}"),
            CancellationToken.None);
        var frames = new List<string>();
        var buffer = new byte[256 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (frames, result.CloseStatus);
            }

            Assert.True(result.EndOfMessage);
            if (result.Count > 0)
            {
                frames.Add(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
        }
    }
}
