namespace ShopExit.Bot.Widget;

/// <summary>The <c>Widget</c> configuration section.</summary>
public sealed class WidgetOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Widget";

    /// <summary>
    /// The origins, besides the bot's own, whose pages may ask for a widget token
    /// (<c>Widget:AllowedOrigins</c>: <c>https://shop.example</c>; a list, or one string of origins
    /// separated by commas or spaces; <c>*</c> lets any page). The support page, in the frame that
    /// <c>/widget.js</c> opens too, is on the bot's own origin and needs no entry.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];
}
