using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ShopExit.Bot.Analysis;
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

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[256 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
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
