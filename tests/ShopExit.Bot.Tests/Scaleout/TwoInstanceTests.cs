using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ShopExit.Bot.Activities;
using Activity = ShopExit.Bot.Activities.Activity;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Scaleout;

/// <summary>
/// Two bot instances in memory on one PostgreSQL database and one Redis, as behind a load balancer
/// without sticky sessions: what one writes reaches a stream or an agent held by the other at once
/// (well before a stream's periodic re-read), and one's tokens pass on the other. Turns of one
/// conversation are not yet serialised across instances, so the merchant says one thing at a time.
/// </summary>
public sealed class TwoInstanceTests : SharedDatabaseTestBase
{
    // Well under the streams' re-read (5 s): a frame this fast came through Redis.
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(2);


    [Fact]
    public async Task Stream_OpenOnA_ReceivesAtOnceTheReplyToAMessagePostedOnB()
    {
        var (a, b) = (Instance(), Instance());
        var onA = await DirectLineClient.StartAsync(a);
        var (_, watermark) = await onA.GetActivitiesAsync();
        using var socket = await OpenStreamAsync(a, onA, watermark);
        var onB = onA.WithHttp(b.CreateClient());

        (await onB.PostTextAsync("什么是仅退款")).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(b);
        var since = Stopwatch.StartNew();
        var texts = new List<string>();
        while (!texts.Any(t => t.Contains("不要求赔偿损失", StringComparison.Ordinal)))
        {
            texts.AddRange(BotTexts(await ReceiveAsync(socket, AtOnce)));
        }

        Assert.True(since.Elapsed < AtOnce, $"the reply took {since.Elapsed} to reach the other instance's stream");
    }

    [Fact]
    public async Task Stream_OpenOnA_SignalLost_StillGetsWhatBStoredAtItsNextRead()
    {
        var (a, b) = (Instance(), Instance());
        var merchant = await DirectLineClient.StartAsync(a);
        var (_, watermark) = await merchant.GetActivitiesAsync();
        using var socket = await OpenStreamAsync(a, merchant, watermark);

        // Stored on B with no signal at all, as if Redis had dropped it.
        var storeOfB = b.Services.GetRequiredService<IConversationStore>();
        await storeOfB.AppendAsync(merchant.ConversationId, [new Activity { Type = ActivityTypes.Message, Text = "没有信号也会到", From = Accounts.Bot }], CancellationToken.None);

        var frame = await ReceiveAsync(socket, TimeSpan.FromSeconds(10));
        Assert.Equal(["没有信号也会到"], BotTexts(frame));
    }

    [Fact]
    public async Task AgentHub_ConnectedToA_ReceivesTheMerchantMessagePostedOnB()
    {
        var (a, b) = (Instance(), Instance());
        var agent = await AgentClient.CreateAsync(a, "lily");
        await using var hub = await ConnectAgentAsync(a, agent);
        var created = Expect(hub, "handoffCreated", _ => true);
        var relayed = Expect(hub, "merchantMessage", m => m.GetProperty("activity").GetProperty("text").GetString() == "保证金三周没到账");
        var onB = await DirectLineClient.StartAsync(b);

        await SayAsync(b, onB, "转人工");
        await created.WaitAsync(TimeSpan.FromSeconds(10));
        await SayAsync(b, onB, "保证金三周没到账");

        var message = await relayed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(onB.ConversationId, message.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Token_IssuedByA_IsAcceptedByB_WithNoSigningKeyConfigured()
    {
        var (a, b) = (Instance(), Instance());
        var onA = await DirectLineClient.StartAsync(a);

        var (seenByB, _) = await onA.WithHttp(b.CreateClient()).GetActivitiesAsync();

        Assert.NotEmpty(seenByB);
    }

    [Fact]
    public async Task IsListening_OnB_WhileAStreamIsOpenOnA_AndNotSoonAfterItCloses()
    {
        var (a, b) = (Instance(), Instance());
        var merchant = await DirectLineClient.StartAsync(a);
        var hubOfB = b.Services.GetRequiredService<ConversationHub>();
        Assert.False(await hubOfB.IsListeningAsync(merchant.ConversationId, CancellationToken.None));

        using (var socket = await OpenStreamAsync(a, merchant, "0"))
        {
            await ReceiveAsync(socket, TimeSpan.FromSeconds(10));
            Assert.True(await EventuallyAsync(() => hubOfB.IsListeningAsync(merchant.ConversationId, CancellationToken.None), expected: true));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        Assert.True(await EventuallyAsync(() => hubOfB.IsListeningAsync(merchant.ConversationId, CancellationToken.None), expected: false));
    }

    // Each instance its own data folder and no DirectLine:TokenSigningKey: the key must come from the database.
    private BotFactory Instance() => OnTheDatabase(new BotFactory(), ("Handoff:BusinessHours", "00:00-00:00"));

    private static async Task SayAsync(BotFactory bot, DirectLineClient merchant, string text)
    {
        (await merchant.PostTextAsync(text)).EnsureSuccessStatusCode();
        await DirectLineClient.SettleAsync(bot);
    }

    private static Task<WebSocket> OpenStreamAsync(BotFactory bot, DirectLineClient merchant, string watermark) =>
        bot.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(bot.Server.BaseAddress, $"/v3/directline/conversations/{merchant.ConversationId}/stream?t={Uri.EscapeDataString(merchant.Token)}&watermark={watermark}"),
            CancellationToken.None);

    // One ActivitySet frame (keep-alives skipped), or a timeout.
    private static async Task<JsonElement> ReceiveAsync(WebSocket socket, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (frame.Length > 0)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(frame.ToArray())).RootElement.Clone();
            }
        }
    }

    private static IEnumerable<string> BotTexts(JsonElement frame) =>
        frame.GetProperty("activities").EnumerateArray().Where(a => DirectLineClient.RoleOf(a) == "bot").Select(DirectLineClient.TextOf);

    private static async Task<HubConnection> ConnectAgentAsync(BotFactory bot, AgentClient agent)
    {
        var token = agent.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(bot.Server.BaseAddress, "/hubs/agent"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.HttpMessageHandlerFactory = _ => bot.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await hub.StartAsync();
        return hub;
    }

    // The first call of the method whose payload matches.
    private static Task<JsonElement> Expect(HubConnection hub, string method, Func<JsonElement, bool> matches)
    {
        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>(method, payload =>
        {
            if (matches(payload))
            {
                received.TrySetResult(payload);
            }
        });
        return received.Task;
    }

    // Presence goes through Redis with fire-and-forget writes: asked a few times before giving up.
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> check, bool expected)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(3))
        {
            if (await check() == expected)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
