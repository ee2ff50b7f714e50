using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Hosting;

/// <summary>The wire names of one enum, read once from its members' attributes.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class WireEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, string Name)[] Members = Read();

    /// <summary>Name by value.</summary>
    public static readonly FrozenDictionary<TEnum, string> ByValue = Members.ToFrozenDictionary(m => m.Value, m => m.Name);

    /// <summary>Value by name, compared ordinally.</summary>
    public static readonly FrozenDictionary<string, TEnum> ByName = Members.ToFrozenDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);

    /// <summary>The names in declaration order.</summary>
    public static readonly IReadOnlyList<string> Ordered = [.. Members.Select(m => m.Name)];

    // A member without a wire name would be written as its C# name, which nobody outside knows:
    // that is a mistake in the enum, reported the first time the enum is used.
    private static (TEnum, string)[] Read() =>
        [.. typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field =>
            ((TEnum)field.GetValue(null)!, field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{field.Name} has no [JsonStringEnumMemberName].")))];
}
