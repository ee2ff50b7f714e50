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

    /// <summary>How often a store shared by several instances is asked for turns left pending by one that died.</summary>
    public static readonly TimeSpan SharedStoreRecoveryInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often the store is asked for messages nobody has answered (<c>Turns:RecoveryInterval</c>):
    /// unset, only at start (one instance alone answers all it stores); with PostgreSQL every 5 s,
    /// so what an instance stored and then died before answering is answered by another.
    /// </summary>
    public TimeSpan? RecoveryInterval { get; set; }
}
