using System.Globalization;

namespace ShopExit.Bot.Conversations;

/// <summary>Server activity ids: <c>{conversationId}|{sequence:0000000}</c>, as the Azure Direct Line service writes them.</summary>
public static class ActivityIds
{
    /// <summary>The id of the activity at <paramref name="sequence"/>.</summary>
    public static string For(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The sequence number in a server activity id of this conversation, if it is one.</summary>
    public static long? SequenceOf(string conversationId, string? activityId) =>
        activityId is not null && activityId.StartsWith(conversationId + "|", StringComparison.Ordinal)
        && long.TryParse(activityId.AsSpan(conversationId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;
}
