using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Channels;

public class DirectLineStreamTests
{
    [Fact]
    public async Task Stream_ReplaysFromTheWatermarkThenFollows_AndSlowRepliesArePrecededByTyping()
    {
        await using var bot = new SlowBotFactory();
        var client = await DirectLineClient.StartAsync(bot);
        var socket = await bot.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(bot.Server.BaseAddress, $"/v3/directline/conversations/{client.ConversationId}/stream?t={Uri.EscapeDataString(client.Token)}&watermark=0"),
            CancellationToken.None);

        var replay = await ReceiveAsync(socket);
        Assert.Equal("1", replay.GetProperty("watermark").GetString());
        Assert.Contains("您好", replay.GetProperty("activities")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        await client.PostTextAsync("什么是仅退款");
        var frames = new List<JsonElement>();
        while (!frames.Any(f => f.GetProperty("activities").EnumerateArray().Any(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("role").GetString() == "bot")))
        {
            frames.Add(await ReceiveAsync(socket));
        }

        var types = frames.SelectMany(f => f.GetProperty("activities").EnumerateArray()).Select(a => a.GetProperty("type").GetString() + ":" + a.GetProperty("from").GetProperty("role").GetString()).ToList();
        Assert.Equal(["message:user", "typing:bot", "message:bot"], types);
        Assert.False(frames.Single(f => f.GetProperty("activities")[0].GetProperty("type").GetString() == "typing").TryGetProperty("watermark", out _), "typing is not part of the transcript");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Stream_WatermarkBeyondTheEnd_IsRefusedBeforeTheSocketOpens()
    {
        await using var bot = new BotFactory();
        var client = await DirectLineClient.StartAsync(bot);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => bot.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(bot.Server.BaseAddress, $"/v3/directline/conversations/{client.ConversationId}/stream?t={Uri.EscapeDataString(client.Token)}&watermark=50"),
            CancellationToken.None));

        Assert.Contains("400", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_SignalsLateOutOfOrderOrMissing_SendsEveryActivityOnceInOrder()
    {
        await using var bot = new BotFactory();
        var client = await DirectLineClient.StartAsync(bot);
        var socket = await bot.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(bot.Server.BaseAddress, $"/v3/directline/conversations/{client.ConversationId}/stream?t={Uri.EscapeDataString(client.Token)}&watermark=1"),
            CancellationToken.None);
        var store = bot.Services.GetRequiredService<IConversationStore>();
        var hub = bot.Services.GetRequiredService<ConversationHub>();
        async Task<IReadOnlyList<StoredActivity>> StoreAsync(params string[] texts) =>
            await store.AppendAsync(client.ConversationId, [.. texts.Select(t => new Activity { Type = ActivityTypes.Message, Text = t, From = Accounts.Bot })], CancellationToken.None);

        // Stored quietly, then only the last one announced, before the first two: the gap sends the
        // stream to the store, and the late signals change nothing.
        var first = await StoreAsync("a", "b", "c");
        hub.Publish(client.ConversationId, HubSignal.Grew([first[2]]));
        hub.Publish(client.ConversationId, HubSignal.Grew([first[0]]));
        hub.Publish(client.ConversationId, HubSignal.Grew([first[1]]));
        var next = await StoreAsync("d");
        hub.Publish(client.ConversationId, HubSignal.Grew(next));
        hub.Publish(client.ConversationId, HubSignal.Grew(next));
        var last = await StoreAsync("e", "f");
        hub.Publish(client.ConversationId, HubSignal.Grew([last[1]]));

        var texts = new List<string>();
        var watermark = "1";
        while (texts.Count < 6)
        {
            var frame = await ReceiveAsync(socket);
            texts.AddRange(frame.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()!));
            watermark = frame.GetProperty("watermark").GetString()!;
        }

        Assert.Equal(["a", "b", "c", "d", "e", "f"], texts);
        Assert.Equal("7", watermark);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReceiveAsync(socket, TimeSpan.FromMilliseconds(500)));
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket, TimeSpan? wait = null)
    {
        var buffer = new byte[256 * 1024];
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.True(result.EndOfMessage);
            if (result.Count > 0)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count)).RootElement.Clone();
            }
        }
    }

    // A bot whose turns take half a second, as a slow store or analysis would make them.
    private sealed class SlowBotFactory : BotFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ITextAnalyzer, SlowAnalyzer>());
        }
    }

    private sealed class SlowAnalyzer : ITextAnalyzer
    {
        public async Task<TextAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(600), cancellationToken);
            return new LocalTextAnalyzer().Analyze(text);
        }
    }
}
