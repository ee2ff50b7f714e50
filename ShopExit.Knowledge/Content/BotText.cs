namespace ShopExit.Knowledge.Content;

/// <summary>
/// A sentence the bot says outside FAQ answers (the welcome, walkthrough steps, fallback),
/// kept as content so editors can reword it without touching code.
/// </summary>
public sealed record BotText
{
    /// <summary>The key the bot asks for (<c>closure.ask-platform</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The text; <c>{name}</c> placeholders are filled by the bot.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Per-platform variants.</summary>
    public IReadOnlyDictionary<Platform, LocalizedText> PlatformTexts { get; init; } = new Dictionary<Platform, LocalizedText>();

    /// <summary>Ids of entries offered as buttons with the text.</summary>
    public IReadOnlyList<string> Buttons { get; init; } = [];

    /// <summary>Where it is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The text for a platform, falling back to the general one.</summary>
    public LocalizedText For(Platform? platform) =>
        platform is { } p && PlatformTexts.TryGetValue(p, out var variant) ? variant : Text;
}
