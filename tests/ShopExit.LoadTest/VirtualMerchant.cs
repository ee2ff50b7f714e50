using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ShopExit.LoadTest;

/// <summary>
/// One merchant: starts a conversation with the secret, listens on the Direct Line WebSocket, and
/// posts its script's messages one after another, timing each from the POST to the bot's reply that
/// names it and checking the reply looks like the step's.
/// </summary>
internal sealed class VirtualMerchant(HttpClient http, LoadOptions options, int number) : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    // --verbose prints this many turns of merchant 0: enough for the deposit script three times.
    private const int TranscriptTurns = 24;

    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _answered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<double> _deliveryMs = new();
    private readonly TurnScript _script = TurnScript.For(options.Script, number);
    private readonly Random _random = new(number);
    private string _conversationId = string.Empty;
    private string _token = string.Empty;
    private Task _receiving = Task.CompletedTask;
    private string _lastReply = string.Empty;
    private int _turnsDone;

    /// <summary>The conversation this merchant is in.</summary>
    public string ConversationId => _conversationId;

    /// <summary>
    /// For each bot reply, the milliseconds from its timestamp (stamped by the turn just before its
    /// commit) to its frame on this merchant's stream: with <c>--stream-url</c>, across instances.
    /// </summary>
    public IEnumerable<double> DeliveryMilliseconds => _deliveryMs;

    /// <summary>Completes when an activity with this id reaches the merchant's stream.</summary>
    public Task DeliveredAsync(string activityId) =>
        _delivered.GetOrAdd(activityId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Posts a message and waits until the bot has answered it; returns the reply's texts.</summary>
    public async Task<string> SayAsync(string text, CancellationToken cancellationToken)
    {
        var id = await PostAsync(text, cancellationToken);
        var reply = _waiting.GetOrAdd(id, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_answered.TryRemove(id, out var early))
        {
            reply.TrySetResult(early);
        }

        try
        {
            return await reply.Task.WaitAsync(ReplyTimeout, cancellationToken);
        }
        finally
        {
            _waiting.TryRemove(id, out _);
        }
    }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Url, "/v3/directline/conversations"))
        {
            Content = JsonContent.Create(new { user = new { id = $"load-{number}" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        _conversationId = body.GetProperty("conversationId").GetString()!;
        _token = body.GetProperty("token").GetString()!;
        var streamUrl = new Uri(body.GetProperty("streamUrl").GetString()!);
        if (options.StreamUrl is { } other)
        {
            // The stream is held on another instance than the one the merchant posts to (tokens
            // verify on every instance): what a turn on one writes must reach the other.
            streamUrl = new UriBuilder(streamUrl) { Host = other.Host, Port = other.Port }.Uri;
        }

        await _socket.ConnectAsync(streamUrl, cancellationToken);
        _receiving = ReceiveAsync(cancellationToken);
    }

    /// <summary>
    /// Sends the next <paramref name="turns"/> messages of the merchant's script, one after another;
    /// a later call carries on where this one stopped.
    /// </summary>
    public async Task RunAsync(int turns, TurnLog log, CancellationToken cancellationToken)
    {
        for (var i = 0; i < turns; i++)
        {
            if (options.ThinkMilliseconds > 0)
            {
                // A merchant reads the answer before writing again: 0.5x to 1.5x the think time.
                await Task.Delay(TimeSpan.FromMilliseconds(options.ThinkMilliseconds * (0.5 + _random.NextDouble())), cancellationToken);
            }

            var step = _script.Next(_lastReply);
            var started = log.Elapsed;
            string reply;
            bool fits;
            try
            {
                reply = await SayAsync(step.Text, cancellationToken);
                fits = step.Fits(reply);
            }
            catch (TimeoutException)
            {
                // Counted as a failed turn; the run goes on so one lost reply doesn't end it.
                reply = $"(no reply within {ReplyTimeout.TotalSeconds:0} s)";
                fits = false;
            }

            var ended = log.Elapsed;
            _turnsDone++;
            _lastReply = reply;
            log.Add(new TurnRecord(number, _turnsDone, ended.TotalSeconds, (ended - started).TotalMilliseconds, fits ? null : $"{step.Text} → {OneLine(reply)} (expected: {string.Join(" or ", step.Expected)})"));
            if (options.Verbose && number == 0 && _turnsDone <= TranscriptTurns)
            {
                Console.WriteLine($"  #{_turnsDone} {(fits ? "ok " : "BAD")} > {step.Text}");
                Console.WriteLine($"         < {OneLine(reply)}");
            }
        }
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ⏎ ");
        return line.Length <= 160 ? line : string.Concat(line.AsSpan(0, 160), "…");
    }

    private async Task<string> PostAsync(string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Url, $"/v3/directline/conversations/{_conversationId}/activities"))
        {
            Content = JsonContent.Create(new { type = "message", text, from = new { id = $"load-{number}" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            throw new InvalidOperationException("429 from the server: one conversation posted faster than DirectLine:PostsPerSecond; start the server with a higher limit for this run.");
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (message.Length > 0)
                {
                    Read(message.ToArray());
                }

                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The run is over.
        }
    }

    // One frame is one ActivitySet. A turn's replies are committed together, so they arrive in one
    // frame: all their texts are gathered before the message's waiter hears of them.
    private void Read(byte[] frame)
    {
        var arrived = DateTimeOffset.UtcNow;
        using var set = JsonDocument.Parse(frame);
        var replies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            if (activity.TryGetProperty("id", out var activityId))
            {
                _delivered.GetOrAdd(activityId.GetString()!, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            if (activity.GetProperty("type").GetString() == "message"
                && activity.GetProperty("from").GetProperty("role").GetString() == "bot"
                && activity.TryGetProperty("replyToId", out var replyTo))
            {
                var id = replyTo.GetString()!;
                if (activity.TryGetProperty("timestamp", out var stamped))
                {
                    _deliveryMs.Enqueue((arrived - stamped.GetDateTimeOffset()).TotalMilliseconds);
                }

                if (!replies.TryGetValue(id, out var texts))
                {
                    replies[id] = texts = [];
                }

                texts.Add(activity.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty);
            }
        }

        foreach (var (id, texts) in replies)
        {
            // Set before looking for the waiter: SayAsync adds its waiter before it looks here,
            // so whichever comes second completes it.
            var reply = string.Join("\n", texts);
            _answered[id] = reply;
            if (_waiting.TryRemove(id, out var waiter))
            {
                _answered.TryRemove(id, out _);
                waiter.TrySetResult(reply);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
        await _receiving.ConfigureAwait(false);
    }
}
