using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ShopExit.Bot.Storage;

/// <summary>How the store writes JSON columns and times.</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>UTC, fixed width, so text order is time order in SQL comparisons.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Throws <see cref="JsonException"/> unless <paramref name="json"/> is one JSON value: a row
    /// damaged on disk that SQLite cannot tell (no page checksums) is found before it is sent on.
    /// Reads the tokens only, in a pooled buffer.
    /// </summary>
    public static void EnsureValid(string json)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
            while (reader.Read())
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
