using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ShopExit.LoadTest;

/// <summary>
/// A merchant of the soak: walks the deposit script through the load balancer while instances are
/// killed under it, as a patient person would. A message the server did not acknowledge (the
/// instance died before answering the POST) is sent again; a stream that drops is reopened from
/// its watermark. It remembers every message the server acknowledged and every activity its
/// stream delivered, so <see cref="VerifyAsync"/> can compare them with the stored transcript.
/// </summary>
internal sealed class SoakMerchant(HttpClient http, LoadOptions options, int number)
{
    // Long enough for a dead instance's stored message to be answered by the other one (its
    // recovery pass runs every few seconds) while the killed instance starts again.
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    private readonly TurnScript _script = TurnScript.For(TurnScript.DepositName, number);
    private readonly Random _random = new(number);
    private readonly ConcurrentDictionary<string, int> _streamed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _replies = new(StringComparer.Ordinal);
    private readonly List<string> _acknowledged = [];
    private string _conversationId = string.Empty;
    private string _token = string.Empty;
    private string? _watermark;

    /// <summary>Messages whose POST was answered with an id.</summary>
    public int Acknowledged => _acknowledged.Count;

    /// <summary>POSTs that failed (connection lost, 502) and were sent again.</summary>
    public int Unacknowledged { get; private set; }

    /// <summary>Times the stream dropped and was reopened from its watermark.</summary>
    public int Reconnects { get; private set; }

    /// <summary>Acknowledged messages whose reply did not come within the timeout while running.</summary>
    public int LateReplies { get; private set; }

    /// <summary>Turn latencies (POST to the reply on the stream) in milliseconds.</summary>
    public List<double> LatencyMs { get; } = [];

    /// <summary>Starts the conversation, then talks and listens until <paramref name="until"/>.</summary>
    public async Task RunAsync(DateTime until, CancellationToken cancellationToken)
    {
        var body = await RetryAsync(() => SendAsync(HttpMethod.Post, "/v3/directline/conversations", options.Secret, new { user = new { id = $"soak-{number}" } }, cancellationToken), cancellationToken);
        _conversationId = body.GetProperty("conversationId").GetString()!;
        _token = body.GetProperty("token").GetString()!;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listening = ListenAsync(body.GetProperty("streamUrl").GetString()!, stop.Token);
        var lastReply = string.Empty;
        while (DateTime.UtcNow < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(options.ThinkMilliseconds * (0.5 + _random.NextDouble())), cancellationToken);
            var step = _script.Next(lastReply);
            var sent = DateTime.UtcNow;
            var id = await PostUntilAcknowledgedAsync(step.Text, cancellationToken);
            try
            {
                lastReply = await Reply(id).WaitAsync(ReplyTimeout, cancellationToken);
                LatencyMs.Add((DateTime.UtcNow - sent).TotalMilliseconds);
            }
            catch (TimeoutException)
            {
                LateReplies++;
                lastReply = string.Empty;
            }
        }

        // Replies still on their way are given the same time before the stream is closed.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        await stop.CancelAsync();
        await listening;
    }

    /// <summary>
    /// Reads the whole stored transcript and compares: every acknowledged message stored once and
    /// answered once, every stored activity delivered on the stream exactly once.
    /// </summary>
    public async Task<SoakResult> VerifyAsync(CancellationToken cancellationToken)
    {
        var transcript = new List<JsonElement>();
        string? watermark = null;
        while (true)
        {
            var page = await RetryAsync(() => SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_conversationId}/activities{(watermark is null ? string.Empty : $"?watermark={watermark}")}", _token, null, cancellationToken), cancellationToken);
            var activities = page.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
            transcript.AddRange(activities);
            var next = page.TryGetProperty("watermark", out var w) ? w.GetString() : watermark;
            if (activities.Count == 0 || next == watermark)
            {
                break;
            }

            watermark = next;
        }

        var stored = transcript.GroupBy(a => a.GetProperty("id").GetString()!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var repliesTo = transcript.Where(a => IsBot(a) && a.TryGetProperty("replyToId", out _))
            .GroupBy(a => a.GetProperty("replyToId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : null).ToList(), StringComparer.Ordinal);
        return new SoakResult(
            Acknowledged: _acknowledged.Count,
            Lost: _acknowledged.Count(id => !stored.ContainsKey(id)),
            StoredTwice: stored.Count(s => s.Value > 1),
            Unanswered: _acknowledged.Count(id => !repliesTo.ContainsKey(id)),
            // A turn that ran twice repeats its replies: the same text twice for one message.
            AnsweredTwice: _acknowledged.Count(id => repliesTo.TryGetValue(id, out var texts) && texts.Count != texts.Distinct().Count()),
            StreamedTwice: _streamed.Count(s => s.Value > 1),
            NeverStreamed: stored.Keys.Count(id => !_streamed.ContainsKey(id)),
            Unacknowledged: Unacknowledged,
            Reconnects: Reconnects,
            LateReplies: LateReplies);
    }

    private static bool IsBot(JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) && role.GetString() == "bot";

    private Task<string> Reply(string messageId) =>
        _replies.GetOrAdd(messageId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task<string> PostUntilAcknowledgedAsync(string text, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var answer = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{_conversationId}/activities", _token, new { type = "message", text, from = new { id = $"soak-{number}" } }, cancellationToken);
                var id = answer.GetProperty("id").GetString()!;
                _acknowledged.Add(id);
                return id;
            }
            catch (Exception ex) when (Transient(ex) && !cancellationToken.IsCancellationRequested)
            {
                // Not acknowledged: as Web Chat's "send failed, retry", the merchant sends it again.
                Unacknowledged++;
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    // The stream, reopened from its watermark whenever it drops (Direct Line's reconnect: GET the
    // conversation with the watermark for a new stream URL), until the run is over.
    private async Task ListenAsync(string streamUrl, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(new Uri(streamUrl), stop);
                await ReceiveAsync(socket, stop);
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException)
            {
                // Dropped: reopened below.
            }

            if (stop.IsCancellationRequested)
            {
                return;
            }

            Reconnects++;
            await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
            try
            {
                var path = $"/v3/directline/conversations/{_conversationId}{(_watermark is null ? string.Empty : $"?watermark={_watermark}")}";
                streamUrl = (await RetryAsync(() => SendAsync(HttpMethod.Get, path, _token, null, stop), stop)).GetProperty("streamUrl").GetString()!;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, stop);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage && message.Length > 0)
            {
                Read(message.ToArray());
                message.SetLength(0);
            }
        }
    }

    private void Read(byte[] frame)
    {
        using var set = JsonDocument.Parse(frame);
        var replies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            // Typing indicators are sent but not stored: they have no id.
            if (!activity.TryGetProperty("id", out var activityId))
            {
                continue;
            }

            _streamed.AddOrUpdate(activityId.GetString()!, 1, (_, n) => n + 1);
            if (IsBot(activity) && activity.TryGetProperty("replyToId", out var replyTo))
            {
                var id = replyTo.GetString()!;
                (replies.TryGetValue(id, out var texts) ? texts : replies[id] = []).Add(activity.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty);
            }
        }

        if (set.RootElement.TryGetProperty("watermark", out var watermark))
        {
            _watermark = watermark.GetString();
        }

        foreach (var (id, texts) in replies)
        {
            _replies.GetOrAdd(id, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(string.Join("\n", texts));
        }
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string bearer, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(options.Url, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    // What a dying instance or the proxy in front of it causes; a 4xx is the tool's own mistake.
    private static bool Transient(Exception ex) =>
        ex is HttpRequestException { StatusCode: null or >= System.Net.HttpStatusCode.InternalServerError } or TaskCanceledException;

    // Calls that change nothing the merchant said (start, reconnect, read) are simply tried again
    // while an instance is down.
    private static async Task<JsonElement> RetryAsync(Func<Task<JsonElement>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (Transient(ex) && !cancellationToken.IsCancellationRequested && attempt < 60)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
