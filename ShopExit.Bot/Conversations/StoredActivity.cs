using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Conversations;

/// <summary>An activity in a conversation's transcript, with its sequence number (the Direct Line watermark).</summary>
/// <param name="Sequence">1-based, per conversation, without gaps.</param>
/// <param name="Activity">The activity, with its server id.</param>
/// <param name="Analysis">What its turn found in it (language, sentiment, PII), once the turn has run; null for activities that get no turn.</param>
public sealed record StoredActivity(long Sequence, Activity Activity, TextAnalysis? Analysis = null)
{
    /// <summary>The activity's JSON exactly as the store wrote it, when it was just written (null when read back).</summary>
    public string? Json { get; init; }
}
