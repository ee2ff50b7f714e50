


namespace ShopExit.Bot.Handoff;

/// <summary>The <c>Handoff</c> configuration section.</summary>
public sealed class HandoffOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Handoff";

    /// <summary>When agents work, local time, <c>HH:mm-HH:mm</c> (<c>Handoff:BusinessHours</c>); <c>00:00-00:00</c> is always.</summary>
    public string BusinessHours { get; set; } = "09:00-21:00";

    /// <summary>The IANA time zone of the business hours (<c>Handoff:TimeZone</c>).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// A waiting live chat whose merchant has been silent this long, with no chat page open, is
    /// closed (or becomes a ticket when the merchant left a contact) (<c>Handoff:AbandonAfter</c>).
    /// </summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often waiting chats are checked for merchants who left (<c>Handoff:AbandonCheckInterval</c>).</summary>
    public TimeSpan AbandonCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An agent without a heartbeat for this long counts as offline.</summary>
    public TimeSpan PresenceTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Login attempts one client address may make per minute (<c>Handoff:LoginAttemptsPerMinute</c>).</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long an agent token lives.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
