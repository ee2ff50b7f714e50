using System.Text.Json.Serialization;

namespace ShopExit.Bot.Hosting;

/// <summary>
/// JSON for the enums the API and the store share: each member as its
/// <see cref="JsonStringEnumMemberNameAttribute"/> name, never as a number (a number on the wire
/// would be a value no client was told about). Put on the enum type, so every serializer (HTTP,
/// SignalR, stored JSON) and the OpenAPI document agree without options of their own.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class WireEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
