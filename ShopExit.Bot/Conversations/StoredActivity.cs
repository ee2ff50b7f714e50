using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>An activity in a conversation's transcript, with its sequence number (the Direct Line watermark).</summary>
/// <param name="Sequence">1-based, per conversation, without gaps.</param>
/// <param name="Activity">The activity, with its server id.</param>
public sealed record StoredActivity(long Sequence, Activity Activity);
