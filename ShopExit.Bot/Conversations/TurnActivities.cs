using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>Which stored activities the bot owes a turn.</summary>
public static class TurnActivities
{
    /// <summary>The event an agent's accept or resolve is recorded as.</summary>
    public const string HandoffStatus = "handoff.status";

    /// <summary>The event that hands a conversation to agents.</summary>
    public const string HandoffInitiate = "handoff.initiate";

    /// <summary>
    /// The event the support page posts when the merchant switches its language
    /// (<c>{type: "event", name: "locale.set", value: "en-US"}</c>).
    /// </summary>
    public const string LocaleSet = "locale.set";

    /// <summary>
    /// A merchant's activity, or a <c>handoff.status</c> event (the bot takes the conversation back,
    /// or tells the merchant an agent joined, in a turn of its own so state changes stay in turns).
    /// </summary>
    public static bool NeedsTurn(Activity activity) =>
        activity.From?.Role == RoleTypes.User
        || IsHandoffStatus(activity);

    /// <summary>A <c>handoff.status</c> event recorded by the desk (never one from the merchant).</summary>
    public static bool IsHandoffStatus(Activity activity) =>
        activity.Type == ActivityTypes.Event && activity.From?.Role != RoleTypes.User && string.Equals(activity.Name, HandoffStatus, StringComparison.Ordinal);

    /// <summary>The <c>state</c> of a <c>handoff.status</c> event (accepted, transferred, completed, failed), or null.</summary>
    public static string? HandoffState(Activity activity) =>
        IsHandoffStatus(activity) && activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value
            && value.TryGetProperty("state", out var state) && state.ValueKind == System.Text.Json.JsonValueKind.String
            ? state.GetString()
            : null;

    /// <summary>The page's language switch (<see cref="LocaleSet"/>); names compare case-insensitively.</summary>
    public static bool IsLocaleSet(Activity activity) =>
        activity.Type == ActivityTypes.Event && string.Equals(activity.Name?.Trim(), LocaleSet, StringComparison.OrdinalIgnoreCase);
}
