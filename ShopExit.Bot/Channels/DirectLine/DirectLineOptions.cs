namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The secret server-to-server clients use (<c>DirectLine:Secret</c>). Unset, only tokens
    /// work (the web widget gets its token without a secret).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// The key tokens are signed with (<c>DirectLine:TokenSigningKey</c>, at least 32 characters).
    /// Unset, a random key is created once in the data folder, so tokens survive restarts.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token lives; clients refresh it (DirectLineJS every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after expiry a token can still be refreshed. A merchant who leaves the page and
    /// comes back hours later gets the same conversation, at the same step.
    /// </summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The largest activity a client may post.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Widget tokens one client address may get per minute: a burst of this many, then one every 60/N seconds.</summary>
    public int WidgetTokensPerMinute { get; set; } = 20;

    /// <summary>
    /// Activities one conversation may post per second, sustained. Generous: Web Chat treats a 429
    /// as fatal, so only a flood (scripts posting hundreds a second) ever meets it.
    /// </summary>
    public int PostsPerSecond { get; set; } = 20;

    /// <summary>Activities one conversation may post at once before <see cref="PostsPerSecond"/> applies.</summary>
    public int PostBurst { get; set; } = 60;
}
