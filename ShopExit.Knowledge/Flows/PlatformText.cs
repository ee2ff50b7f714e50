using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Flows;

/// <summary>A walkthrough text in zh-CN and English, with variants for the platforms its facts are specific to.</summary>
/// <param name="Text">The text for every platform without a variant.</param>
/// <param name="Platforms">Per-platform variants.</param>
/// <param name="Location">Where it is written.</param>
public sealed record PlatformText(LocalizedText Text, IReadOnlyDictionary<Platform, LocalizedText> Platforms, SourceLocation Location)
{
    /// <summary>The text for a platform, falling back to the general one.</summary>
    public LocalizedText For(Platform? platform) =>
        platform is { } p && Platforms.TryGetValue(p, out var variant) ? variant : Text;

    /// <summary>Every variant, the general one first (for checks that read all of them).</summary>
    public IEnumerable<(Platform? Platform, LocalizedText Text)> Variants() =>
        Platforms.Select(p => ((Platform?)p.Key, p.Value)).Prepend((null, Text));
}
