using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>What a conditional change of a handoff did, with the activities committed with it.</summary>
/// <param name="Applied">True only for the caller whose condition held: it changed the handoff.</param>
/// <param name="Appended">The activities stored in the same transaction (none when not applied).</param>
public sealed record HandoffUpdate(bool Applied, IReadOnlyList<StoredActivity> Appended)
{
    /// <summary>Someone else changed the handoff first: nothing was written.</summary>
    public static HandoffUpdate Lost { get; } = new(false, []);
}
