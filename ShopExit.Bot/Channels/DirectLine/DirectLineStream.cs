using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line WebSocket (<c>streamUrl</c>): every text frame is an ActivitySet. On connect it
/// replays everything after the watermark, then follows the conversation. It subscribes before it
/// replays and always reads the transcript from the last watermark it sent, so a reconnect never
/// skips or repeats an activity. The client's empty frames are ignored; the server's empty frames
/// are keep-alives.
/// </summary>
public static class DirectLineStream
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);
    private const int ReplayPageSize = 200;

    private static ReadOnlySpan<byte> FrameStart => "{\"activities\":["u8;

    private static ReadOnlySpan<byte> FrameWatermark => "],\"watermark\":\""u8;

    private static ReadOnlySpan<byte> FrameEnd => "\"}"u8;

    /// <summary>Accepts a stream connection.</summary>
    public static async Task AcceptAsync(string conversationId, HttpContext http, DirectLineAuth auth, IConversationStore store, ConversationHub hub, ILoggerFactory loggers)
    {
        var cancellationToken = http.RequestAborted;
        var (caller, error) = auth.AuthenticateCredential(http.Request.Query["t"].ToString());
        if (error is null)
        {
            (_, _, error) = await DirectLineApi.AuthorizeAsync(conversationId, caller!, store, cancellationToken);
        }

        var watermarkText = http.Request.Query["watermark"].ToString();
        var parsed = DirectLineApi.TryParseWatermark(watermarkText, out var asked);
        if (error is null && !parsed)
        {
            error = ApiErrors.BadArgument($"'{watermarkText}' is not a watermark.");
        }
        else if (error is null && asked > 0)
        {
            error = await DirectLineApi.WatermarkBeyondEndAsync(store, conversationId, asked, cancellationToken);
        }

        if (error is null && !http.WebSockets.IsWebSocketRequest)
        {
            error = ApiErrors.BadArgument("This endpoint only accepts WebSocket connections.");
        }

        if (error is not null)
        {
            await error.ExecuteAsync(http);
            return;
        }

        var watermark = asked;
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var subscription = hub.Subscribe(conversationId);
        var logger = loggers.CreateLogger(typeof(DirectLineStream));
        try
        {
            await StreamAsync(socket, subscription, hub.ResyncInterval, store, conversationId, watermark, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away; it reconnects with its watermark.
            logger.LogDebug("Stream of conversation {ConversationId} closed: {Reason}", conversationId, ex.Message);
        }
        catch (StoreFaultException fault)
        {
            // Never a half-written or made-up frame: the socket closes with an error status.
            logger.LogError("Stream of conversation {ConversationId} closed on a store fault: {Fault}", conversationId, fault.Message);
            await CloseOnFaultAsync(socket);
        }
    }

    private static async Task CloseOnFaultAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(WebSocketCloseStatus.InternalServerError, "StoreUnavailable", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client is gone already.
        }
    }

    private static async Task StreamAsync(WebSocket socket, ConversationHub.Subscription subscription, TimeSpan? resync, IConversationStore store, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // The client's close ends the stream (the reader cancels it), and a timer puts a keep-alive
        // among the signals: the loop waits on the signals alone, with nothing to set up per frame.
        var receiving = DrainClientFramesAsync(socket, stop);
        try
        {
            await using var keepAlive = new Timer(_ => subscription.Add(HubSignal.KeepAlive), null, KeepAlive, KeepAlive);

            // Signals from other instances may be lost on the way: a read from the watermark now
            // and then (cheap when nothing is new) bounds what that costs to latency.
            await using var reread = resync is { } every ? new Timer(_ => subscription.Add(HubSignal.Changed), null, every, every) : null;
            watermark = await SendNewActivitiesAsync(socket, store, conversationId, watermark, stop.Token);
            while (socket.State == WebSocketState.Open && await WaitForSignalAsync(subscription, stop.Token))
            {
                var fresh = new List<StoredActivity>();
                var unknown = false;
                var quiet = false;
                while (subscription.Signals.TryRead(out var item))
                {
                    if (ReferenceEquals(item, HubSignal.KeepAlive))
                    {
                        quiet = true;
                    }
                    else if (item.Typing is { } typing)
                    {
                        await SendAsync(socket, new ActivitySet([typing], null), stop.Token);
                    }
                    else if (item.Appended is { } appended)
                    {
                        fresh.AddRange(appended);
                    }
                    else
                    {
                        unknown = true;
                    }
                }

                if (!unknown && Continues(fresh, watermark) is { Count: > 0 } next)
                {
                    watermark = next[^1].Sequence;
                    await SendActivitySetAsync(socket, next.ConvertAll(a => (a.Sequence, a.Json!)), watermark, stop.Token);
                }
                else if (unknown || fresh.Any(a => a.Sequence > watermark))
                {
                    watermark = await SendNewActivitiesAsync(socket, store, conversationId, watermark, stop.Token);
                }
                else if (quiet)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, stop.Token);
                }
            }
        }
        finally
        {
            // The reader ends with the stream, before its token goes away.
            await stop.CancelAsync();
            await receiving;
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
    }

    // False once the stream is stopping (the client closed, the server shuts down).
    private static async Task<bool> WaitForSignalAsync(ConversationHub.Subscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            return await subscription.Signals.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // What was just stored, when it follows the watermark without a gap: it goes out as the store
    // wrote it, with no read. Signals may come late, twice or out of order (the ones at or before the
    // watermark were sent already); any gap or missing JSON returns null and the store is read.
    private static List<StoredActivity>? Continues(List<StoredActivity> fresh, long watermark)
    {
        var next = fresh.Where(a => a.Sequence > watermark).OrderBy(a => a.Sequence).DistinctBy(a => a.Sequence).ToList();
        for (var i = 0; i < next.Count; i++)
        {
            if (next[i].Sequence != watermark + 1 + i || next[i].Json is null)
            {
                return null;
            }
        }

        return next;
    }

    private static async Task<long> SendNewActivitiesAsync(WebSocket socket, IConversationStore store, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.GetActivityJsonAsync(conversationId, watermark, ReplayPageSize, cancellationToken);
            if (page.Count == 0)
            {
                return watermark;
            }

            watermark = page[^1].Sequence;
            await SendActivitySetAsync(socket, page, watermark, cancellationToken);
            if (page.Count < ReplayPageSize)
            {
                return watermark;
            }
        }
    }

    // The stored JSON goes out as it is: no parse and write again per listener. The frame is
    // written as UTF-8 straight into a pooled buffer (one copy of each activity, not three).
    private static async Task SendActivitySetAsync(WebSocket socket, IReadOnlyList<(long Sequence, string Json)> page, long watermark, CancellationToken cancellationToken)
    {
        // The exact size rather than the worst case: a replay page may hold 200 large activities.
        var size = FrameStart.Length + FrameWatermark.Length + FrameEnd.Length + 20;
        for (var i = 0; i < page.Count; i++)
        {
            size += Encoding.UTF8.GetByteCount(page[i].Json) + 1;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var frame = buffer.AsSpan();
            var length = Put(frame, FrameStart);
            for (var i = 0; i < page.Count; i++)
            {
                length += i == 0 ? 0 : Put(frame[length..], ","u8);
                length += Encoding.UTF8.GetBytes(page[i].Json, frame[length..]);
            }

            length += Put(frame[length..], FrameWatermark);
            watermark.TryFormat(frame[length..], out var digits, provider: CultureInfo.InvariantCulture);
            length += digits;
            length += Put(frame[length..], FrameEnd);
            await socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Put(Span<byte> destination, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination);
        return bytes.Length;
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, ActivityJson.Options), WebSocketMessageType.Text, true, cancellationToken);

    // Clients send only empty frames (pings); read them so the socket notices a close, and stop
    // the stream then.
    private static async Task DrainClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Closed or aborted: the send loop ends too.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }
}
