namespace ShopExit.Bot.Hosting;

/// <summary>
/// The names an enum has outside the process: on the wire (JSON) and in the store. They are the
/// members' <see cref="System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute"/> names,
/// so JSON, SQL and messages can never spell a value two ways.
/// </summary>
public static class WireEnum
{
    /// <summary>The wire name of <paramref name="value"/> (<c>HandoffStatus.Waiting</c> → <c>waiting</c>).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        WireEnumNames<TEnum>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no member {value}.");

    /// <summary>
    /// The member named exactly <paramref name="name"/> (ordinal: no other case, no numbers), so a
    /// client's or a row's unknown value is told apart instead of guessed.
    /// </summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return name is not null && WireEnumNames<TEnum>.ByName.TryGetValue(name, out value);
    }

    /// <summary>Every wire name of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => WireEnumNames<TEnum>.Ordered;
}
