using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ShopExit.Bot.Tests.Analysis;

/// <summary>
/// A stand-in for Azure AI Language on a real Kestrel at 127.0.0.1 (a free port): it records every
/// request and answers with whatever the test says for the task kind in the body.
/// </summary>
internal sealed class StubLanguageService : IAsyncDisposable
{
    private readonly WebApplication app;

    private StubLanguageService(WebApplication app, Uri endpoint)
    {
        this.app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Starts a stub that answers each task kind with <paramref name="respond"/>.</summary>
    public static async Task<StubLanguageService> StartAsync(Func<HttpContext, string, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StubLanguageService? stub = null;
        app.Run(async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            var request = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers["Ocp-Apim-Subscription-Key"].FirstOrDefault(),
                body.RootElement.Clone());
            stub!.Requests.Enqueue(request);
            await respond(context, request.Kind);
        });
        await app.StartAsync();
        stub = new StubLanguageService(app, new Uri(app.Urls.First()));
        return stub;
    }

    /// <summary>A stub answering every kind with the documented success shape from <paramref name="answers"/>.</summary>
    public static Task<StubLanguageService> StartAsync(IReadOnlyDictionary<string, string> answers) =>
        StartAsync((context, kind) => answers.TryGetValue(kind, out var json)
            ? JsonAsync(context, 200, json)
            : JsonAsync(context, 500, """{"error":{"code":"InternalServerError","message":"stub has no answer"}}"""));

    public static async Task JsonAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
