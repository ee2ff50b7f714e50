using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Hosting;
using BodyRefusal = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.BadRequest<ShopExit.Bot.Hosting.ErrorResponse>,
    ShopExit.Bot.Hosting.PayloadTooLargeError>;

namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>
/// Reads a JSON body by hand, so every client mistake gets a Direct Line error (400, 413)
/// instead of a framework exception: too large, not JSON, or the wrong shape.
/// </summary>
internal static class RequestBody
{
    /// <summary>Reads and parses the body; an empty body gives the default value.</summary>
    public static async Task<(T? Value, BodyRefusal? Error)> ReadAsync<T>(HttpRequest request, int maxBytes, bool required, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (default, ApiErrors.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (default, ApiErrors.TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return required ? (default, ApiErrors.BadArgument("The request body is empty; send a JSON activity.")) : (default, null);
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ActivityJson.Options);
        }
        catch (JsonException ex)
        {
            return (default, ApiErrors.BadArgument($"The request body is not valid JSON: {ex.Message}"));
        }

        if (value is null)
        {
            return required ? (default, ApiErrors.BadArgument("The request body must be a JSON object.")) : (default, null);
        }

        // Untyped parts (channelData, value, attachments, unknown fields) are kept as raw JSON; one
        // that holds an escaped lone surrogate ("\ud800") parses, but could never be stored or sent.
        try
        {
            JsonSerializer.Serialize(Stream.Null, value, ActivityJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return (default, ApiErrors.BadArgument("The request body holds text that is not valid Unicode (a lone surrogate such as \\ud800)."));
        }

        return (value, null);
    }
}
