using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Storage;

/// <summary>What every store reads off activities it appends, so SQLite and PostgreSQL decide alike.</summary>
internal static class TranscriptRules
{
    /// <summary>1-based place of the last activity that needs a turn, 0 when none does.</summary>
    public static int LastNeedingTurn(IReadOnlyList<Activity> activities)
    {
        for (var i = activities.Count - 1; i >= 0; i--)
        {
            if (TurnActivities.NeedsTurn(activities[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether any of them is the merchant's (refused once the conversation has ended).</summary>
    public static bool AnyMerchants(IReadOnlyList<Activity> activities) => activities.Any(IsMerchants);

    /// <summary>Whether the merchant ends the conversation with one of them.</summary>
    public static bool EndsConversation(IReadOnlyList<Activity> activities) =>
        activities.Any(a => IsMerchants(a) && string.Equals(a.Type, ActivityTypes.EndOfConversation, StringComparison.Ordinal));

    private static bool IsMerchants(Activity activity) => activity.From?.Role == RoleTypes.User;
}
