using System.Text.Json.Serialization;

namespace ShopExit.Bot.Widget;

/// <summary>The optional body of <c>POST /api/widget/token</c>.</summary>
/// <param name="Locale">The page's language (<c>zh-CN</c>, <c>en-US</c>): the welcome is written in it.</param>
public sealed record WidgetTokenRequest([property: JsonPropertyName("locale")] string? Locale);
