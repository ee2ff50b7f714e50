using System.Globalization;
using System.Text.Json;

namespace ShopExit.Bot.Storage;

/// <summary>How the store writes JSON columns and times.</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>UTC, fixed width, so text order is time order in SQL comparisons.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
