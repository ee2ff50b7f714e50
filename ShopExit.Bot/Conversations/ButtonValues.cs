using System.Text.Json;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// The values the bot's buttons carry: <c>entry:&lt;id&gt;</c> (an FAQ item, a walkthrough or a
/// human), <c>menu:faq</c>, <c>clarify:none</c>, <c>choice:&lt;value&gt;</c> and
/// <c>confirm:yes|no</c> for a waiting prompt, <c>command:&lt;name&gt;</c> for a walkthrough
/// command. A click posts the title as text with the value attached, so a value the bot does not
/// expect (a stale or forged one) is simply ignored and the text is read as if typed.
/// </summary>
public static class ButtonValues
{
    /// <summary>Yes to a waiting yes/no question.</summary>
    public const string Yes = "confirm:yes";

    /// <summary>No to a waiting yes/no question.</summary>
    public const string No = "confirm:no";

    /// <summary>The common-questions menu.</summary>
    public const string FaqMenu = "menu:faq";

    /// <summary>"None of these" under a clarify question.</summary>
    public const string ClarifyNone = "clarify:none";

    private const string EntryPrefix = "entry:";
    private const string ChoicePrefix = "choice:";
    private const string CommandPrefix = "command:";

    // Longer values are not the bot's: they are never read.
    private const int MaxLength = 200;

    /// <summary>Answer, begin or escalate the entry with this id.</summary>
    public static string Entry(string id) => EntryPrefix + id;

    /// <summary>Pick this choice of a waiting choice prompt.</summary>
    public static string Choice(string value) => ChoicePrefix + value;

    /// <summary>A walkthrough command (pause, resume, restart, cancel, back).</summary>
    public static string Command(string name) => CommandPrefix + name;

    /// <summary>The button value an activity carries, if any (a <c>messageBack</c> or <c>postBack</c> click).</summary>
    public static string? Of(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 and <= MaxLength } text ? text : null;

    /// <summary>The entry id a value names, if it is an entry value.</summary>
    public static string? EntryOf(string? value) => Rest(value, EntryPrefix);

    /// <summary>The choice a value names, if it is a choice value.</summary>
    public static string? ChoiceOf(string? value) => Rest(value, ChoicePrefix);

    /// <summary>The command a value names, if it is a command value.</summary>
    public static string? CommandOf(string? value) => Rest(value, CommandPrefix);

    private static string? Rest(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.Ordinal) && value.Length > prefix.Length ? value[prefix.Length..] : null;
}
