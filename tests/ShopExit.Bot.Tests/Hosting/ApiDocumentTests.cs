using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Hosting;

/// <summary>The OpenAPI document the running app serves at /openapi/v1.json.</summary>
public sealed class ApiDocumentTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new();
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        // Anonymous: no Authorization header.
        var response = await _bot.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        _document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void Document_IsOpenApi31()
    {
        Assert.StartsWith("3.1", _document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("ShopExit", _document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public void Document_ListsEveryAgentAndDirectLineEndpointWithItsMethod()
    {
        // Read from the app's own routes, so an endpoint added later is checked too.
        var routes = _bot.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && (path.StartsWith("/api/agent", StringComparison.Ordinal) || path.StartsWith("/v3/directline", StringComparison.Ordinal) || path == "/api/widget/token"))
            .Where(e => !e.RoutePattern.RawText!.EndsWith("/stream", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var documented = _document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(routes, documented);
        Assert.Equal(23, routes.Count);
        Assert.Contains("POST /api/agent/handoffs/{id}/claim", documented);
        Assert.Contains("GET /v3/directline/conversations/{conversationId}/activities", documented);
    }

    [Fact]
    public void Claim_HasItsResponsesAndTheHandoffRecord()
    {
        var claim = Operation("/api/agent/handoffs/{id}/claim", "post");
        var responses = claim.GetProperty("responses");

        Assert.Equal(["200", "401", "404", "409", "503"], responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal("HandoffRecord", SchemaName(responses.GetProperty("200")));
        Assert.All(["401", "404", "409", "503"], status => Assert.Equal("ErrorResponse", SchemaName(responses.GetProperty(status))));
    }

    [Fact]
    public void WidgetToken_HasItsResponses()
    {
        var responses = Operation("/api/widget/token", "post").GetProperty("responses");

        Assert.Equal(["200", "400", "403", "413", "429", "503"], responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal("ConversationResponse", SchemaName(responses.GetProperty("200")));
        Assert.All(["400", "403", "413", "429", "503"], status => Assert.Equal("ErrorResponse", SchemaName(responses.GetProperty(status))));
    }

    [Fact]
    public void HandoffRecord_StatusAndKindAreEnumsOfTheLowercaseNames()
    {
        var record = Schema("HandoffRecord").GetProperty("properties");
        var status = Resolve(record.GetProperty("status"));
        var kind = Resolve(record.GetProperty("kind"));

        Assert.Equal(["waiting", "active", "resolved", "cancelled"], status.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("string", status.GetProperty("type").GetString());
        Assert.Equal(["live", "ticket"], kind.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(
            ["assignedTo", "assignedToName", "context", "conversationId", "id", "kind", "lastMessage", "platform", "rating", "ratingComment", "reason", "sentiment", "status", "waitingSince"],
            record.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ErrorResponse_IsTheErrorShape()
    {
        var body = Resolve(Schema("ErrorResponse").GetProperty("properties").GetProperty("error"));

        Assert.Equal(["code", "message"], body.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Inputs_TheAcceptedValuesAreListed()
    {
        var status = Operation("/api/agent/handoffs", "get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "status");
        var presence = Schema("PresenceRequest").GetProperty("properties").GetProperty("presence");

        Assert.Equal(["waiting", "active", "resolved"], status.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["online", "away"], presence.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("PresenceRequest", SchemaName(Operation("/api/agent/presence", "post").GetProperty("requestBody")));
        // Direct Line reads its bodies by hand; the document still shows them (inline).
        var activity = Operation("/v3/directline/conversations/{conversationId}/activities", "post").GetProperty("requestBody");
        var activitySchema = activity.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(activity.GetProperty("required").GetBoolean());
        Assert.Equal(["type"], activitySchema.GetProperty("required").EnumerateArray().Select(v => v.GetString()));
        Assert.All(["type", "text", "from", "value", "channelData"], name => Assert.True(activitySchema.GetProperty("properties").TryGetProperty(name, out _), name));
        Assert.True(Operation("/api/widget/token", "post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("properties").TryGetProperty("locale", out _));
    }

    [Fact]
    public void DirectLine_KeepsItsWireNames()
    {
        var conversation = Schema("ConversationResponse").GetProperty("properties");
        var start = Operation("/v3/directline/conversations", "post").GetProperty("responses");

        Assert.Equal(["conversationId", "expires_in", "streamUrl", "token"], conversation.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("ConversationResponse", SchemaName(start.GetProperty("201")));
        Assert.Equal("ConversationResponse", SchemaName(start.GetProperty("200")));
        Assert.Equal("ActivitySet", SchemaName(Operation("/v3/directline/conversations/{conversationId}/activities", "get").GetProperty("responses").GetProperty("200")));
    }

    [Fact]
    public void Bearer_AgentApiAndDirectLineSayWhichTheyNeed()
    {
        var schemes = _document.GetProperty("components").GetProperty("securitySchemes");

        Assert.All(["agent", "directLine"], name =>
        {
            Assert.Equal("http", schemes.GetProperty(name).GetProperty("type").GetString());
            Assert.Equal("bearer", schemes.GetProperty(name).GetProperty("scheme").GetString());
        });
        Assert.Equal(["agent"], SecurityOf(Operation("/api/agent/handoffs/{id}/claim", "post")));
        Assert.Equal(["directLine"], SecurityOf(Operation("/v3/directline/conversations/{conversationId}/activities", "post")));
        // The login and the widget token are how one gets a token.
        Assert.Empty(SecurityOf(Operation("/api/agent/token", "post")));
        Assert.Empty(SecurityOf(Operation("/api/widget/token", "post")));
    }

    [Fact]
    public async Task Document_SecondRequest_IsTheSameDocument()
    {
        var again = await _bot.CreateClient().GetStringAsync(new Uri("/openapi/v1.json?anything=1", UriKind.Relative));

        Assert.Equal(_document.GetRawText(), JsonDocument.Parse(again).RootElement.GetRawText());
    }

    private JsonElement Operation(string path, string method) => _document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private JsonElement Schema(string name) => _document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? Schema(reference.GetString()!["#/components/schemas/".Length..]) : schema;

    // An optional body (a nullable parameter) is oneOf null and the record.
    private static string SchemaName(JsonElement responseOrBody)
    {
        var schema = responseOrBody.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var reference = schema.TryGetProperty("oneOf", out var choices) ? choices.EnumerateArray().Single(c => c.TryGetProperty("$ref", out _)) : schema;
        return reference.GetProperty("$ref").GetString()!["#/components/schemas/".Length..];
    }

    private static List<string> SecurityOf(JsonElement operation) =>
        operation.TryGetProperty("security", out var security) ? [.. security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name))] : [];
}
