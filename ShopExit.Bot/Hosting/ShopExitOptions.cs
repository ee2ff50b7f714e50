using System.ComponentModel.DataAnnotations;

namespace ShopExit.Bot.Hosting;

/// <summary>The <c>ShopExit</c> configuration section.</summary>
public sealed class ShopExitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "ShopExit";

    /// <summary>Where the SQLite database lives (<c>ShopExit:DataDirectory</c>).</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The FAQ content folder (<c>ShopExit:FaqDirectory</c>).</summary>
    [Required]
    public string FaqDirectory { get; set; } = "./faq";
}
