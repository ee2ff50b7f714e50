using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ShopExit.Bot.Tests.Support;

namespace ShopExit.Bot.Tests.Channels;

/// <summary>
/// Direct Line reads its bodies whatever the Content-Type says, as it always has: documenting the
/// bodies in the OpenAPI document must not make routing refuse a client that labels JSON otherwise.
/// </summary>
public sealed class DirectLineContentTypeTests : IAsyncLifetime
{
    private readonly BotFactory _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task PostActivity_JsonLabelledOtherwise_IsStillAccepted(string? contentType)
    {
        var merchant = await DirectLineClient.StartAsync(_bot);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"type":"message","text":"你好"}"""));
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);

        var response = await merchant.Http.SendAsync(merchant.Request(HttpMethod.Post, $"/conversations/{merchant.ConversationId}/activities", content: content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WidgetToken_BodyLabelledTextPlain_IsStillAccepted()
    {
        var response = await _bot.CreateClient().PostAsync(new Uri("/api/widget/token", UriKind.Relative), new StringContent("""{"locale":"en-US"}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
