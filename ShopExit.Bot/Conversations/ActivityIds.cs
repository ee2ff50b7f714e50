using System.Globalization;

namespace ShopExit.Bot.Conversations;

/// <summary>Server activity ids: <c>{conversationId}|{sequence:0000000}</c>, as the Azure Direct Line service writes them.</summary>
public static class ActivityIds
{
    /// <summary>The id of the activity at <paramref name="sequence"/>.</summary>
    public static string For(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
}
