using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ShopExit.LoadTest;

/// <summary>
/// One merchant: starts a conversation with the secret, listens on the Direct Line WebSocket, and
/// posts messages one after another, timing each from the POST to the first bot reply that names it.
/// </summary>
internal sealed class VirtualMerchant(HttpClient http, LoadOptions options, int number) : IAsyncDisposable
{
    private static readonly string[] Questions =
    [
        "什么是仅退款", "保证金退款要多久", "注销后店铺还能重新开吗", "买家怎么申请退款", "被骗了怎么办",
        "保证金退款进度在哪看", "注销店铺会影响信用吗", "How long does a deposit refund take?", "怎么防止恶意仅退款", "谢谢",
    ];

    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _answered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _delivered = new(StringComparer.Ordinal);

    /// <summary>The conversation this merchant is in.</summary>
    public string ConversationId => _conversationId;

    /// <summary>Completes when an activity with this id reaches the merchant's stream.</summary>
    public Task DeliveredAsync(string activityId) =>
        _delivered.GetOrAdd(activityId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Posts a message and waits until the bot has answered it.</summary>
    public async Task SayAsync(string text, CancellationToken cancellationToken)
    {
        var id = await PostAsync(text, cancellationToken);
        var reply = _waiting.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_answered.ContainsKey(id))
        {
            reply.TrySetResult();
        }

        await reply.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }
    private string _conversationId = string.Empty;
    private string _token = string.Empty;
    private Task _receiving = Task.CompletedTask;

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
        await _socket.ConnectAsync(new Uri(body.GetProperty("streamUrl").GetString()!), cancellationToken);
        _receiving = ReceiveAsync(cancellationToken);
    }

    public async Task RunAsync(int turns, ConcurrentBag<double> latencies, CancellationToken cancellationToken)
    {
        var random = new Random(number);
        for (var turn = 0; turn < turns; turn++)
        {
            if (options.ThinkMilliseconds > 0)
            {
                // A merchant reads the answer before writing again: 0.5x to 1.5x the think time.
                await Task.Delay(TimeSpan.FromMilliseconds(options.ThinkMilliseconds * (0.5 + random.NextDouble())), cancellationToken);
            }

            var text = Questions[(number + turn) % Questions.Length];
            var watch = Stopwatch.StartNew();
            await SayAsync(text, cancellationToken);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    private async Task<string> PostAsync(string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Url, $"/v3/directline/conversations/{_conversationId}/activities"))
        {
            Content = JsonContent.Create(new { type = "message", text, from = new { id = $"load-{number}" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(request, cancellationToken);
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
                    using var set = JsonDocument.Parse(message.ToArray());
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
                            _answered[id] = true;
                            if (_waiting.TryRemove(id, out var waiter))
                            {
                                waiter.TrySetResult();
                            }
                        }
                    }
                }

                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The run is over.
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
