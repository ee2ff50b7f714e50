using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Where a content walkthrough is, kept in its dialog's state (so it survives a restart and a
/// pause of days): the step waiting, the steps answered before it in order (what 上一步 walks
/// back and what the summary lists), every answer by step id, and whether the step is blocked.
/// </summary>
public sealed class FlowProgress
{
    private const string StateKey = "progress";

    /// <summary>The step id of the platform question, which comes before the first step.</summary>
    public const string PlatformStep = "platform";

    /// <summary>The step waiting for an answer (<see cref="PlatformStep"/> for the platform question).</summary>
    public string Step { get; set; } = PlatformStep;

    /// <summary>The steps answered before <see cref="Step"/>, in order (info steps included).</summary>
    public List<string> History { get; set; } = [];

    /// <summary>The answer (button value) of every step answered, by step id.</summary>
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether <see cref="Step"/>'s answer was a blocker and the walkthrough waits for it to be resolved.</summary>
    public bool Blocked { get; set; }

    /// <summary>The answer value whose blocker the walkthrough waits at.</summary>
    public string? BlockedBy { get; set; }

    /// <summary>Whether the intro has been said.</summary>
    public bool Introduced { get; set; }

    /// <summary>A platform named in the middle, waiting for the merchant to confirm the change.</summary>
    public string? PendingPlatform { get; set; }

    /// <summary>Another walkthrough asked for in the middle, waiting for the merchant to confirm the switch.</summary>
    public string? PendingSwitch { get; set; }

    /// <summary>After the platform question asked in the middle (换平台), the step to go back to.</summary>
    public string? ReturnTo { get; set; }

    /// <summary>The answer value a resolved blocker records.</summary>
    public const string Resolved = "resolved";

    private static readonly JsonTypeInfo<FlowProgress> TypeInfo = (JsonTypeInfo<FlowProgress>)ActivityJson.Options.GetTypeInfo(typeof(FlowProgress));

    /// <summary>
    /// Reads the progress of a walkthrough's steps dialog (a copy: what the caller changes counts
    /// once it is saved); null when the state is not one (an older deployment's).
    /// </summary>
    public static FlowProgress? Of(DialogInstance instance) => instance.State[StateKey] switch
    {
        // Saved in this process: the state holds a copy, written as JSON only when the state is saved.
        JsonValue value when value.TryGetValue(out FlowProgress? saved) => saved.Copy(),
        JsonObject node => node.Deserialize(TypeInfo),
        _ => null,
    };

    /// <summary>Writes it back (a copy, so later changes to this one count only when saved again).</summary>
    public void SaveTo(DialogInstance instance) => instance.State[StateKey] = JsonValue.Create(Copy(), TypeInfo);

    // Converting to and from a JSON tree twice a turn cost more than the rest of the walkthrough's
    // bookkeeping. Every field is a value or a string except these two collections.
    private FlowProgress Copy()
    {
        var copy = (FlowProgress)MemberwiseClone();
        copy.History = [.. History];
        copy.Answers = new Dictionary<string, string>(Answers, StringComparer.Ordinal);
        return copy;
    }
}
