using System.Globalization;

namespace ShopExit.Bot.Handoff;

/// <summary>Whether agents work at a given moment (<see cref="HandoffOptions.BusinessHours"/> in its time zone).</summary>
public sealed class BusinessHours
{
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;
    private readonly TimeZoneInfo _zone;

    /// <summary>Parses the options; a bad value is a start-up error naming the key.</summary>
    public BusinessHours(HandoffOptions options)
    {
        var parts = options.BusinessHours.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _end))
        {
            throw new FormatException($"Handoff:BusinessHours '{options.BusinessHours}' must look like 09:00-21:00.");
        }

        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    /// <summary>Whether <paramref name="now"/> is within the hours (a range past midnight works too; equal ends mean always).</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        if (_start == _end)
        {
            return true;
        }

        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        return _start <= _end ? local >= _start && local < _end : local >= _start || local < _end;
    }
}
