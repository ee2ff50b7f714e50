using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>The presence body.</summary>
/// <param name="Presence"><c>online</c> or <c>away</c> (text, so another value is the API's own 400).</param>
public sealed record PresenceRequest([property: WireValues("online", "away")] string? Presence);
