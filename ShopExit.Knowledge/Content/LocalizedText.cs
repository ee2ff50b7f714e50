namespace ShopExit.Knowledge.Content;

/// <summary>A text the bot says, in zh-CN and English.</summary>
/// <param name="Zh">The zh-CN text (Markdown).</param>
/// <param name="En">The English text (Markdown).</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text for a language; anything that is not English gets zh-CN, the product's first language.</summary>
    /// <param name="language">A language tag such as <c>zh-CN</c>, <c>en</c> or <c>en-US</c>.</param>
    public string For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && En.Length > 0 ? En : Zh;
}
