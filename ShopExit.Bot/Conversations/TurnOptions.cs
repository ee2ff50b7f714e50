namespace ShopExit.Bot.Conversations;

/// <summary>The <c>Turns</c> configuration section: how much turn work runs at once.</summary>
public sealed class TurnOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Turns";

    /// <summary>
    /// Conversations whose turns may wait in memory (<c>Turns:QueueCapacity</c>). Past it a message
    /// is still stored and acknowledged; its turn is picked up from the store once there is room.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// Turns running at once (<c>Turns:Parallelism</c>). Turns mostly wait for the shared commit,
    /// and the more of them share one, the less each costs: 16 measured 960 µs of CPU per turn on
    /// the deposit script at 100 conversations, 128 measured 820 µs (README, Performance).
    /// </summary>
    public int Parallelism { get; set; } = 128;
}
