using System.Buffers;
using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Hosting;

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

        using var buffer = new MemoryStream(request.ContentLength is > 0 and var length ? (int)length : 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (default, ApiErrors.TooLarge(maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (buffer.Length == 0)
        {
            return required ? (default, ApiErrors.BadArgument("The request body is empty; send a JSON activity.")) : (default, null);
        }

        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json, ActivityJson.Options);
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
        // Writing it out finds one; a body with no \uD... escape at all (every client's usual
        // UTF-8) cannot hold one, and skips that second pass.
        try
        {
            if (MayHoldSurrogateEscape(json))
            {
                JsonSerializer.Serialize(Stream.Null, value, ActivityJson.Options);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return (default, ApiErrors.BadArgument("The request body holds text that is not valid Unicode (a lone surrogate such as \\ud800)."));
        }

        return (value, null);
    }

    // Raw UTF-8 cannot hold a lone surrogate (the reader refuses it); only an escape can: \uD800-\uDFFF.
    private static bool MayHoldSurrogateEscape(ReadOnlySpan<byte> json)
    {
        int at;
        while ((at = json.IndexOf("\\u"u8)) >= 0)
        {
            if (at + 2 < json.Length && (json[at + 2] | 0x20) == 'd')
            {
                return true;
            }

            json = json[(at + 2)..];
        }

        return false;
    }
}
